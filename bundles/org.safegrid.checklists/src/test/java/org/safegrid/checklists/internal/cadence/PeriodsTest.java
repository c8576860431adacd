package org.safegrid.checklists.internal.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;

class PeriodsTest {

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aDayIsItsOwnPeriod() {
        assertEquals(new Period(Cadence.DAILY, "2026-11-28", d("2026-11-28"), d("2026-11-28")),
                Periods.of(Cadence.DAILY, d("2026-11-28")));
    }

    @ParameterizedTest
    @CsvSource({
            // day, key, Monday, Sunday
            "2026-11-28, 2026-W48, 2026-11-23, 2026-11-29", // a Saturday
            "2026-11-23, 2026-W48, 2026-11-23, 2026-11-29", // the Monday itself
            "2026-11-29, 2026-W48, 2026-11-23, 2026-11-29", // the Sunday itself
            "2026-12-31, 2026-W53, 2026-12-28, 2027-01-03", // 2026 has 53 ISO weeks
            "2027-01-01, 2026-W53, 2026-12-28, 2027-01-03", // a new calendar year, still the old week-based year
            "2027-01-04, 2027-W01, 2027-01-04, 2027-01-10",
            "2026-01-01, 2026-W01, 2025-12-29, 2026-01-04", // week 1 starts in the previous calendar year
            "2025-12-29, 2026-W01, 2025-12-29, 2026-01-04",
            "2029-12-31, 2030-W01, 2029-12-31, 2030-01-06", // a Monday at year end belongs to the next year
            "2024-02-29, 2024-W09, 2024-02-26, 2024-03-03"})
    void weeksAreIsoWeeksFromMondayToSunday(String day, String key, String monday, String sunday) {
        assertEquals(new Period(Cadence.WEEKLY, key, d(monday), d(sunday)), Periods.of(Cadence.WEEKLY, d(day)));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-28, 2026-11, 2026-11-01, 2026-11-30",
            "2026-12-31, 2026-12, 2026-12-01, 2026-12-31",
            "2026-02-10, 2026-02, 2026-02-01, 2026-02-28",
            "2028-02-29, 2028-02, 2028-02-01, 2028-02-29", // leap year
            "2100-02-15, 2100-02, 2100-02-01, 2100-02-28"}) // a century, not a leap year
    void monthsAreCalendarMonths(String day, String key, String first, String last) {
        assertEquals(new Period(Cadence.MONTHLY, key, d(first), d(last)), Periods.of(Cadence.MONTHLY, d(day)));
    }

    @Test
    void keysParseBackToTheirPeriods() {
        for (LocalDate day = d("2025-12-01"); day.isBefore(d("2028-03-31")); day = day.plusDays(1)) {
            for (Cadence cadence : Cadence.values()) {
                Period period = Periods.of(cadence, day);
                assertEquals(period, Periods.parse(cadence, period.key()).orElseThrow(), period.key());
            }
        }
    }

    @Test
    void week53ExistsOnlyInLongYears() {
        assertTrue(Periods.parse(Cadence.WEEKLY, "2026-W53").isPresent());
        assertTrue(Periods.parse(Cadence.WEEKLY, "2020-W53").isPresent());
        assertTrue(Periods.parse(Cadence.WEEKLY, "2025-W53").isEmpty());
        assertTrue(Periods.parse(Cadence.WEEKLY, "2027-W53").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-W00", "2026-W54", "2026-w48", "2026-W4", "2026W48", "2026-11", "2026-11-28",
            " 2026-W48", "1999-W10", "3000-W10"})
    void malformedWeekKeysAreRefused(String key) {
        assertTrue(Periods.parse(Cadence.WEEKLY, key).isEmpty(), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-02-30", "2026-13-01", "2026-11-31", "2026-1-1", "2026/11/28", "2026-11",
            "2026-W48", "2026-11-28T00:00", "2025-02-29"})
    void malformedDayKeysAreRefused(String key) {
        assertTrue(Periods.parse(Cadence.DAILY, key).isEmpty(), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-00", "2026-13", "2026-1", "26-11", "2026-11-01", "2026-W48", "1999-12"})
    void malformedMonthKeysAreRefused(String key) {
        assertTrue(Periods.parse(Cadence.MONTHLY, key).isEmpty(), key);
    }

    @Test
    void nullIsNoKey() {
        assertTrue(Periods.parse(Cadence.DAILY, null).isEmpty());
    }

    @Test
    void leapDayParses() {
        assertEquals(d("2028-02-29"), Periods.parse(Cadence.DAILY, "2028-02-29").orElseThrow().start());
    }

    @Test
    void betweenListsThePeriodsOverlappingTheDays() {
        List<Period> weeks = Periods.between(Cadence.WEEKLY, d("2026-12-24"), d("2027-01-05"));
        assertEquals(List.of("2026-W52", "2026-W53", "2027-W01"), weeks.stream().map(Period::key).toList());
        List<Period> months = Periods.between(Cadence.MONTHLY, d("2026-11-30"), d("2027-01-01"));
        assertEquals(List.of("2026-11", "2026-12", "2027-01"), months.stream().map(Period::key).toList());
        assertEquals(59, Periods.between(Cadence.DAILY, d("2028-01-01"), d("2028-02-28")).size());
        assertEquals(60, Periods.between(Cadence.DAILY, d("2028-01-01"), d("2028-02-29")).size());
        assertTrue(Periods.between(Cadence.DAILY, d("2026-11-02"), d("2026-11-01")).isEmpty());
    }

    @Test
    void nextFollowsWithoutGaps() {
        assertEquals("2027-W01", Periods.next(Periods.of(Cadence.WEEKLY, d("2026-12-31"))).key());
        assertEquals("2027-01", Periods.next(Periods.of(Cadence.MONTHLY, d("2026-12-31"))).key());
        assertEquals("2028-03-01", Periods.next(Periods.of(Cadence.DAILY, d("2028-02-29"))).key());
    }
}
