package org.safegrid.enforcement.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.safegrid.api.report.CoreFigures.DAILY_PENALTIES;
import static org.safegrid.api.report.CoreFigures.INSPECTIONS;
import static org.safegrid.api.report.CoreFigures.ORDERS;
import static org.safegrid.api.report.CoreFigures.PENALTIES;
import static org.safegrid.api.report.CoreFigures.REPEAT_OFFENDERS;
import static org.safegrid.api.report.CoreFigures.ZERO_ENFORCEMENT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.internal.testing.Fixture;

/**
 * The enforcement figures of November 2026 (town time, UTC+8) on hand-made rows on both sides of the month's edges.
 * Enterprises: 1 (emergency, second citymgmt, baishiyi), 2 (planning, qinglong), 3 (emergency, qinglong).
 */
class EnforcementFiguresTest {

    static Fixture f;
    static EnforcementFigures figures;
    static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture("enforcement-figures");
        figures = new EnforcementFigures(f.unit.jpa(), f.oversight, ZoneId.of("Asia/Shanghai"));
        inspection(1, "emergency", "2026-11-01"); // first day: in
        inspection(1, "citymgmt", "2026-11-30"); // last day: in
        inspection(2, "planning", "2026-10-31"); // out
        inspection(3, "emergency", "2026-12-01"); // out
        inspection(2, "planning", "2026-11-15");
        // case 1: planning at 2, opened in, penalty at 23:59:59 on 30 November town time, daily penalty from the 20th
        long c1 = kase(2, "planning", "2026-11-10", "2026-11-30 15:59:59", "2026-11-20");
        // case 2: emergency at 3, opened in October, penalty at 00:00 on 1 November town time, daily in December
        kase(3, "emergency", "2026-10-20", "2026-10-31 16:00:00", "2026-12-01");
        // case 3: emergency at 1, opened in, penalty at 00:00 on 1 December town time
        long c3 = kase(1, "emergency", "2026-11-05", "2026-11-30 16:00:00", null);
        repeat(1, c3, "2026-11-05 02:00:00");
        repeat(1, c3 + 100, "2026-11-20 02:00:00"); // the same enterprise again: counts once
        repeat(3, c1, "2026-10-31 15:59:59"); // 23:59:59 on 31 October town time: out
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static String[] enterprise(long id) {
        return switch ((int) id) {
            case 1 -> new String[]{"emergency", "'citymgmt'", "baishiyi"};
            case 2 -> new String[]{"planning", "NULL", "qinglong"};
            default -> new String[]{"emergency", "NULL", "qinglong"};
        };
    }

    static void inspection(long enterprise, String acting, String day) throws Exception {
        String[] e = enterprise(enterprise);
        f.unit.update("INSERT INTO SG_ENF_INSPECTION (ENTERPRISE_ID, ENTERPRISE_NAME, DEPARTMENT, SECOND_DEPARTMENT,"
                + " VILLAGE, ACTING_DEPARTMENT, KIND, INSPECTED_ON, INSPECTORS, FINDINGS, CREATED_AT, CREATED_BY)"
                + " VALUES (" + enterprise + ", 'e', '" + e[0] + "', " + e[1] + ", '" + e[2] + "', '" + acting
                + "', 'ROUTINE', DATE('" + day + "'), 'i', 'f', CURRENT_TIMESTAMP, 'u')");
    }

    static long kase(long enterprise, String acting, String opened, String penaltyAt, String dailyFrom)
            throws Exception {
        String[] e = enterprise(enterprise);
        f.unit.update("INSERT INTO SG_ENF_CASE (ENTERPRISE_ID, ENTERPRISE_NAME, DEPARTMENT, SECOND_DEPARTMENT, VILLAGE,"
                + " ACTING_DEPARTMENT, VIOLATION_KIND, DESCRIPTION, STATE, DEADLINE, OPENED_ON, OPENED_AT, OPENED_BY,"
                + " AGGRAVATED, VERSION, PENALTY_AMOUNT, PENALTY_DECIDED_AT, DAILY_STARTS_ON) VALUES (" + enterprise
                + ", 'e', '" + e[0] + "', " + e[1] + ", '" + e[2] + "', '" + acting + "', 'k', 'd', 'PENALISED',"
                + " DATE('" + opened + "'), DATE('" + opened + "'), CURRENT_TIMESTAMP, 'u', FALSE, 1, 100,"
                + " TIMESTAMP('" + penaltyAt + "'), " + (dailyFrom == null ? "NULL" : "DATE('" + dailyFrom + "')")
                + ")");
        return f.unit.count("SELECT MAX(ID) FROM SG_ENF_CASE");
    }

    static void repeat(long enterprise, long caseId, String flaggedAt) throws Exception {
        String[] e = enterprise(enterprise);
        f.unit.update("INSERT INTO SG_ENF_REPEAT (ENTERPRISE_ID, ENTERPRISE_NAME, DEPARTMENT, SECOND_DEPARTMENT,"
                + " VILLAGE, VIOLATION_KIND, CASE_ID, EARLIER_CASE_ID, FLAGGED_AT, WINDOW_END) VALUES (" + enterprise
                + ", 'e', '" + e[0] + "', " + e[1] + ", '" + e[2] + "', 'k', " + caseId + ", 0, TIMESTAMP('"
                + flaggedAt + "'), DATE('2027-11-05'))");
    }

    static long value(FigureSet set, ReportUnit unit, String code) {
        FigureValue v = set.values().getOrDefault(unit, Map.of()).get(code);
        return v == null ? 0 : v.numerator();
    }

    static ReportRequest request(DataScope scope) {
        return new ReportRequest(NOVEMBER, scope, LocalDate.of(2026, 12, 5));
    }

    static final ReportUnit TOWN = ReportUnit.town();

    static ReportUnit dept(String id) {
        return ReportUnit.department(id);
    }

    static ReportUnit village(String code) {
        return ReportUnit.village(code);
    }

    @Test
    void countsTheMonthPerActingDepartmentAndVillage() {
        FigureSet set = figures.compute(request(DataScope.everything()));
        assertEquals(3, value(set, TOWN, INSPECTIONS));
        assertEquals(1, value(set, dept("emergency"), INSPECTIONS));
        assertEquals(1, value(set, dept("citymgmt"), INSPECTIONS));
        assertEquals(1, value(set, dept("planning"), INSPECTIONS));
        assertEquals(2, value(set, village("baishiyi"), INSPECTIONS));
        assertEquals(1, value(set, village("qinglong"), INSPECTIONS));

        assertEquals(2, value(set, TOWN, ORDERS));
        assertEquals(1, value(set, dept("planning"), ORDERS));
        assertEquals(1, value(set, dept("emergency"), ORDERS));
        assertEquals(1, value(set, village("baishiyi"), ORDERS));

        // decided at the month's edges in the town's zone
        assertEquals(2, value(set, TOWN, PENALTIES));
        assertEquals(1, value(set, dept("planning"), PENALTIES));
        assertEquals(1, value(set, dept("emergency"), PENALTIES));
        assertEquals(2, value(set, village("qinglong"), PENALTIES));
        assertEquals(0, value(set, village("baishiyi"), PENALTIES));

        assertEquals(1, value(set, TOWN, DAILY_PENALTIES));
        assertEquals(1, value(set, dept("planning"), DAILY_PENALTIES));
        assertEquals(0, value(set, dept("emergency"), DAILY_PENALTIES));
    }

    @Test
    void repeatOffendersAreDistinctEnterprisesOfBothDepartments() {
        FigureSet set = figures.compute(request(DataScope.everything()));
        assertEquals(1, value(set, TOWN, REPEAT_OFFENDERS));
        assertEquals(1, value(set, dept("emergency"), REPEAT_OFFENDERS));
        assertEquals(1, value(set, dept("citymgmt"), REPEAT_OFFENDERS));
        assertEquals(1, value(set, village("baishiyi"), REPEAT_OFFENDERS));
        assertEquals(0, value(set, village("qinglong"), REPEAT_OFFENDERS));
    }

    @Test
    void everyKnownUnitHasTheZeroFlag() {
        FigureSet set = figures.compute(request(DataScope.everything()));
        for (String idle : new String[]{"economic", "culture", "agriculture", "market"}) {
            assertEquals(FigureValue.flag(true), set.values().get(dept(idle)).get(ZERO_ENFORCEMENT), idle);
        }
        for (String busy : new String[]{"emergency", "citymgmt", "planning"}) {
            assertEquals(FigureValue.flag(false), set.values().get(dept(busy)).get(ZERO_ENFORCEMENT), busy);
        }
        assertEquals(FigureValue.flag(false), set.values().get(village("baishiyi")).get(ZERO_ENFORCEMENT));
        assertEquals(FigureValue.flag(false), set.values().get(TOWN).get(ZERO_ENFORCEMENT));
        // an inactive village without actions is not named by the check
        assertNull(set.values().get(village("old-town")));

        // October: citymgmt did nothing, planning inspected once (on the 31st), emergency opened case 2
        FigureSet october = figures
                .compute(new ReportRequest(NOVEMBER.previous(), DataScope.everything(), LocalDate.of(2026, 12, 5)));
        assertEquals(FigureValue.flag(true), october.values().get(dept("citymgmt")).get(ZERO_ENFORCEMENT));
        assertEquals(FigureValue.flag(false), october.values().get(dept("planning")).get(ZERO_ENFORCEMENT));
        assertEquals(FigureValue.flag(false), october.values().get(dept("emergency")).get(ZERO_ENFORCEMENT));
        assertEquals(FigureValue.flag(true), october.values().get(village("baishiyi")).get(ZERO_ENFORCEMENT));
    }

    @Test
    void aDepartmentSeesItsOwnEnterprisesAndActionsOnly() {
        FigureSet set = figures.compute(request(DataScope.of(Set.of("dept-planning"))));
        assertEquals(1, value(set, TOWN, INSPECTIONS));
        assertEquals(1, value(set, TOWN, ORDERS));
        assertEquals(1, value(set, TOWN, PENALTIES));
        assertEquals(1, value(set, TOWN, DAILY_PENALTIES));
        assertEquals(0, value(set, TOWN, REPEAT_OFFENDERS));
        assertEquals(FigureValue.flag(false), set.values().get(dept("planning")).get(ZERO_ENFORCEMENT));
        // other departments' lines are not the reader's
        assertFalse(set.values().containsKey(dept("economic")));
        assertFalse(set.values().containsKey(dept("emergency")));

        // citymgmt is enterprise 1's second department: it sees emergency's inspection there too
        FigureSet citymgmt = figures.compute(request(DataScope.of(Set.of("dept-citymgmt"))));
        assertEquals(2, value(citymgmt, TOWN, INSPECTIONS));
        assertEquals(1, value(citymgmt, dept("emergency"), INSPECTIONS));
        assertEquals(1, value(citymgmt, TOWN, REPEAT_OFFENDERS));
    }

    @Test
    void aVillageSeesWhatLiesInIt() {
        FigureSet set = figures.compute(request(DataScope.of(Set.of("village-qinglong"))));
        assertEquals(1, value(set, TOWN, INSPECTIONS));
        assertEquals(2, value(set, TOWN, PENALTIES));
        assertEquals(FigureValue.flag(false), set.values().get(village("qinglong")).get(ZERO_ENFORCEMENT));
        assertFalse(set.values().containsKey(village("baishiyi")));
    }
}
