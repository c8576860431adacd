package org.safegrid.reports.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportPeriod.Granularity;

class PeriodParamsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void readsDaysWeeksMonthsAndRanges() {
        assertEquals(ReportPeriod.parse("2026-11"), parse("2026-11", null, null));
        assertEquals(Granularity.WEEK, parse("2026-W48", null, null).granularity());
        assertEquals(LocalDate.of(2026, 11, 23), parse("2026-W48", null, null).from());
        assertEquals(Granularity.DAY, parse(" 2026-11-28 ", null, null).granularity());
        ReportPeriod range = parse(null, "2026-11-01", "2026-11-15");
        assertEquals(Granularity.CUSTOM, range.granularity());
        assertEquals(15, range.days());
        assertEquals(366, parse(null, "2025-11-01", "2026-11-01").days());
    }

    @Test
    void refusesUnknownPeriods() {
        for (String bad : new String[]{"2026-13", "abc", "2026-W54", "2026-02-30", "2026/11"}) {
            SafeGridException e = fail(bad, null, null);
            assertEquals("bad_period", e.code(), bad);
            assertEquals(400, e.kind().status());
            assertTrue(e.getMessage().contains("报告期"), e.getMessage());
        }
        assertTrue(fail(true, "2026-13", null, null).getMessage().startsWith("'2026-13' is no period"));
    }

    @Test
    void refusesBothOrNeither() {
        assertEquals("bad_period", fail("2026-11", "2026-11-01", "2026-11-02").code());
        assertEquals("bad_period", fail(null, null, null).code());
        assertEquals("bad_period", fail("  ", "", null).code());
        assertEquals("bad_range", fail(null, "2026-11-01", null).code());
    }

    @Test
    void refusesARangeEndingBeforeItStarts() {
        SafeGridException e = fail(null, "2026-11-15", "2026-11-01");
        assertEquals("bad_range", e.code());
        assertEquals("to", e.details().get("parameter"));
        assertEquals("bad_from", fail(null, "15.11.2026", "2026-11-20").code());
    }

    @Test
    void refusesDatesOutsideTheYearsAReportCovers() {
        // LocalDate reads these, but stepping back for the trend would overflow
        assertEquals("bad_from", fail(null, "-999999999-01-01", "-999999999-01-01").code());
        assertEquals("bad_from", fail(null, "1899-12-31", "2026-11-01").code());
        assertEquals("bad_to", fail(null, "2026-11-01", "+10000-01-01").code());
    }

    @Test
    void refusesARangeLongerThanAllowed() {
        SafeGridException e = fail(null, "2025-11-01", "2026-11-02");
        assertEquals("range_too_long", e.code());
        assertEquals(367L, e.details().get("days"));
    }

    @Test
    void refusesAPeriodNotStartedYet() {
        assertEquals("bad_period", fail("2026-12", null, null).code());
        assertEquals("bad_period", fail(null, "2026-11-30", "2026-12-01").code());
    }

    private static ReportPeriod parse(String period, String from, String to) {
        return PeriodParams.parse(period, from, to, TODAY, false);
    }

    private static SafeGridException fail(String period, String from, String to) {
        return fail(false, period, from, to);
    }

    private static SafeGridException fail(boolean english, String period, String from, String to) {
        return assertThrows(SafeGridException.class, () -> PeriodParams.parse(period, from, to, TODAY, english));
    }
}
