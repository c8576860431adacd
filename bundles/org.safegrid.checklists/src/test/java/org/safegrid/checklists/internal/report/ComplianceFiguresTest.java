package org.safegrid.checklists.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safegrid.api.report.CoreFigures.SELF_INSPECTION_COMPLIANCE;
import static org.safegrid.checklists.internal.testing.Rows.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.internal.cadence.Calendars;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.FakeEnterprises;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * The compliance rate on a Monday-to-Friday calendar; today is Friday 27 November 2026. Fuel-station templates: a
 * daily, a weekly and a monthly one. Enterprises: 1 (emergency, baishiyi), 2 (emergency and planning, haitang), 3
 * (planning, haitang, a construction site: no template applies), 4 (closed), 5 (emergency, baishiyi, registered on
 * Thursday 19 November).
 */
class ComplianceFiguresTest {

    static Fixture fx;
    static ComplianceFigures figures;
    static final ReportPeriod WEEK_47 = ReportPeriod.week(LocalDate.of(2026, 11, 16));

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("checklists-figures");
        fx.contribute("emergency", Definitions.fuel("daily", Cadence.DAILY, "aa"),
                Definitions.fuel("weekly", Cadence.WEEKLY, "aa"), Definitions.fuel("monthly", Cadence.MONTHLY, "aa"));
        Instant old = FakeEnterprises.REGISTERED;
        fx.enterprises.add(1, "emergency", null, "baishiyi", "fuel-station", EnterpriseStatus.OPERATING, old);
        fx.enterprises.add(2, "emergency", "planning", "haitang", "fuel-station", EnterpriseStatus.OPERATING, old);
        fx.enterprises.add(3, "planning", null, "haitang", "construction-site", EnterpriseStatus.OPERATING, old);
        fx.enterprises.add(4, "emergency", null, "baishiyi", "fuel-station", EnterpriseStatus.CLOSED, old);
        fx.enterprises.add(5, "emergency", null, "baishiyi", "fuel-station", EnterpriseStatus.OPERATING,
                Instant.parse("2026-11-19T02:00:00Z"));
        for (String day : new String[]{"2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-21"}) {
            submission(fx.unit, 1, "daily", Cadence.DAILY, day); // the 15th is in week 46, the 21st a Saturday
        }
        submission(fx.unit, 1, "weekly", Cadence.WEEKLY, "2026-11-16");
        submission(fx.unit, 1, "daily", Cadence.DAILY, "2026-11-27"); // today
        submission(fx.unit, 1, "monthly", Cadence.MONTHLY, "2026-11-27"); // the month still running
        for (int day = 16; day <= 20; day++) {
            submission(fx.unit, 2, "daily", Cadence.DAILY, "2026-11-" + day);
        }
        submission(fx.unit, 4, "daily", Cadence.DAILY, "2026-11-16"); // closed: not counted
        submission(fx.unit, 5, "daily", Cadence.DAILY, "2026-11-19");
        submission(fx.unit, 5, "weekly", Cadence.WEEKLY, "2026-11-19");
        figures = new ComplianceFigures(fx.enterprises, fx.templates, Calendars.weekdays(), fx.jpa, Fixture.ZONE);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static FigureValue value(FigureSet set, ReportUnit unit) {
        return set.values().get(unit).get(SELF_INSPECTION_COMPLIANCE);
    }

    static FigureSet compute(ReportPeriod period, DataScope scope) {
        return figures.compute(new ReportRequest(period, scope, Fixture.TODAY));
    }

    @Test
    void aWeekThatEnded() {
        // owed: 5 working days + 1 week each for 1 and 2; 5 owes Thursday, Friday and the week
        // done: 1 has 3 days (not Sunday the 15th nor Saturday the 21st) and the week; 2 has 5 days; 5 has 2
        FigureSet set = compute(WEEK_47, DataScope.everything());
        assertEquals(FigureValue.rate(11, 15), value(set, ReportUnit.town()));
        assertEquals(FigureValue.rate(11, 15), value(set, ReportUnit.department("emergency")));
        assertEquals(FigureValue.rate(5, 6), value(set, ReportUnit.department("planning")), "2 as second, 3 owes 0");
        assertEquals(FigureValue.rate(6, 9), value(set, ReportUnit.village("baishiyi")));
        assertEquals(FigureValue.rate(5, 6), value(set, ReportUnit.village("haitang")));
    }

    @Test
    void theRunningMonthCountsTodaysPeriodsOnceSubmitted() {
        // 1 to 26 November: 19 working days and 4 weeks (ending the 1st, 8th, 15th and 22nd) for 1 and 2;
        // 5 from the 19th: 6 days and 1 week. Running: 1 submitted today's daily and November's monthly.
        FigureSet set = compute(ReportPeriod.month(YearMonth.of(2026, 11)), DataScope.everything());
        // 1: 4 ended (days 16 to 18, week 47; Sunday the 15th is no working day) + 2 running, over 23 + 2
        assertEquals(FigureValue.rate(4 + 2 + 5 + 2, 25 + 23 + 7), value(set, ReportUnit.town()));
        assertEquals(FigureValue.rate(5, 23), value(set, ReportUnit.village("haitang")));
    }

    @Test
    void neverMoreDoneThanOwed() throws Exception {
        // a day: Monday the 16th. 1, 2 and 4 submitted it; 5 was not registered yet
        FigureSet set = compute(ReportPeriod.day(LocalDate.of(2026, 11, 16)), DataScope.everything());
        assertEquals(FigureValue.rate(2, 2), value(set, ReportUnit.town()));
        FigureSet saturday = compute(ReportPeriod.day(LocalDate.of(2026, 11, 21)), DataScope.everything());
        assertEquals(FigureValue.rate(0, 0), value(saturday, ReportUnit.town()), "nothing owed on a day off");
    }

    @Test
    void theScopeApplies() {
        FigureSet planning = compute(WEEK_47, DataScope.of(Set.of("dept-planning")));
        assertEquals(FigureValue.rate(5, 6), value(planning, ReportUnit.town()));
        FigureSet village = compute(WEEK_47, DataScope.of(Set.of("village-baishiyi")));
        assertEquals(FigureValue.rate(6, 9), value(village, ReportUnit.town()));
    }
}
