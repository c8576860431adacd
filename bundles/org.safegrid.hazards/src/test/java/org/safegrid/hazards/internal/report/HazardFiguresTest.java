package org.safegrid.hazards.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safegrid.api.report.CoreFigures.HAZARDS_FOUND;
import static org.safegrid.api.report.CoreFigures.HAZARDS_MAJOR;
import static org.safegrid.api.report.CoreFigures.HAZARDS_OVERDUE;
import static org.safegrid.api.report.CoreFigures.HAZARDS_RECTIFIED;
import static org.safegrid.api.report.CoreFigures.MAJOR_OVERDUE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.internal.testing.FakeEnterprises;
import org.safegrid.hazards.internal.testing.Fixture;
import org.safegrid.testing.DerbyUnit;

/**
 * The hazard figures of November 2026 (town time, UTC+8) on hand-made rows. Enterprises: A (emergency, second
 * planning, baishiyi), B (planning, haitang), C (economic, baishiyi).
 */
class HazardFiguresTest {

    static DerbyUnit unit;
    static HazardFigures figures;
    static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));
    static final String LONG = "配电箱未接地且周边堆放大量纸箱等可燃物，消防通道被货物占用，应急照明损坏，灭火器过期未检，"
            + "员工未经培训上岗操作叉车，危险化学品未分类存放，安全出口上锁";

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("hazards-figures", DerbyUnit.HAZARDS);
        figures = new HazardFigures(unit.jpa(), new FakeEnterprises(), Fixture.TOWN);
        // id, enterprise, level, state, reported at (UTC), deadline, closed at (UTC)
        hazard(1, 'A', "GENERAL", "RECTIFYING", "2026-10-31 16:30:00", "2026-11-10", null);
        hazard(2, 'B', "MAJOR", "CLOSED", "2026-10-31 15:59:59", "2026-11-15", "2026-12-02 02:00:00");
        hazard(3, 'B', "MAJOR", "CLOSED", "2026-11-05 02:00:00", "2026-11-20", "2026-11-25 02:00:00");
        hazard(4, 'C', "MAJOR", "REPORTED", "2026-11-02 02:00:00", "2026-11-29", null);
        hazard(5, 'C', "GENERAL", "REPORTED", "2026-12-01 02:00:00", "2026-11-01", null);
        hazard(6, 'A', "GENERAL", "RECTIFYING", "2026-09-01 02:00:00", "2026-11-30", null);
        hazard(7, 'A', "GENERAL", "CLOSED", "2026-10-01 02:00:00", "2026-10-10", "2026-11-30 15:59:59");
        hazard(8, 'C', "MAJOR", "CLOSED", "2026-09-01 02:00:00", "2026-10-01", "2026-11-30 16:00:00");
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    static void hazard(long id, char enterprise, String level, String state, String reportedAt, String deadline,
            String closedAt) throws Exception {
        String columns = switch (enterprise) {
            case 'A' -> "1, '甲厂', 'emergency', 'planning', 'baishiyi'";
            case 'B' -> "2, '乙工地', 'planning', NULL, 'haitang'";
            default -> "3, '丙市场', 'economic', NULL, 'baishiyi'";
        };
        unit.update("INSERT INTO SG_HAZ_HAZARD (ID, ENTERPRISE_ID, ENTERPRISE_NAME, DEPARTMENT, SECOND_DEPARTMENT,"
                + " VILLAGE, SOURCE, DESCRIPTION, HAZARD_LEVEL, STATE, DEADLINE, FIX_RESPONSIBLE, REPORTED_BY,"
                + " REPORTED_AT, CLOSED_AT, VERSION) VALUES (" + id + ", " + columns + ", 'INSPECTION', '"
                + (id == 8 ? LONG : "隐患" + id) + "', '" + level + "', '" + state + "', DATE('" + deadline + "'), "
                + ("MAJOR".equals(level) ? "'责任人" + id + "'" : "NULL") + ", 'u', TIMESTAMP('" + reportedAt + "'), "
                + (closedAt == null ? "NULL" : "TIMESTAMP('" + closedAt + "')") + ", 1)");
    }

    static FigureSet compute(DataScope scope, LocalDate today) {
        return figures.compute(new ReportRequest(NOVEMBER, scope, today));
    }

    static long value(FigureSet set, ReportUnit unit, String code) {
        FigureValue v = set.values().getOrDefault(unit, Map.of()).get(code);
        return v == null ? 0 : v.numerator();
    }

    static final ReportUnit TOWN = ReportUnit.town();

    static ReportUnit dept(String id) {
        return ReportUnit.department(id);
    }

    static ReportUnit village(String code) {
        return ReportUnit.village(code);
    }

    @Test
    void foundMajorAndRectifiedInTheMonth() {
        FigureSet set = compute(DataScope.everything(), LocalDate.of(2026, 12, 10));
        // found: 1 (first minute of the month in town time), 3, 4; not 2 (last second of October) nor 5 (December)
        assertEquals(3, value(set, TOWN, HAZARDS_FOUND));
        assertEquals(1, value(set, dept("emergency"), HAZARDS_FOUND));
        assertEquals(2, value(set, dept("planning"), HAZARDS_FOUND)); // 1 as second department, and 3
        assertEquals(1, value(set, dept("economic"), HAZARDS_FOUND));
        assertEquals(2, value(set, village("baishiyi"), HAZARDS_FOUND));
        assertEquals(1, value(set, village("haitang"), HAZARDS_FOUND));
        assertEquals(2, value(set, TOWN, HAZARDS_MAJOR));
        assertEquals(1, value(set, dept("planning"), HAZARDS_MAJOR));
        assertEquals(0, value(set, dept("emergency"), HAZARDS_MAJOR));
        // rectified: 3 and 7 (closed at the month's last second); not 8 (first second of December)
        assertEquals(2, value(set, TOWN, HAZARDS_RECTIFIED));
        assertEquals(2, value(set, dept("planning"), HAZARDS_RECTIFIED));
        assertEquals(1, value(set, dept("emergency"), HAZARDS_RECTIFIED));
        assertEquals(0, value(set, dept("economic"), HAZARDS_RECTIFIED));
    }

    @Test
    void overdueAtTheMonthsEnd() {
        FigureSet set = compute(DataScope.everything(), LocalDate.of(2026, 12, 10));
        // as of 30 November: 1, 2 (closed in December), 4 (deadline the 29th), 8 (closed in December);
        // not 5 (reported later), 6 (deadline the 30th), 7 (closed on the 30th)
        assertEquals(4, value(set, TOWN, HAZARDS_OVERDUE));
        assertEquals(1, value(set, dept("emergency"), HAZARDS_OVERDUE));
        assertEquals(2, value(set, dept("planning"), HAZARDS_OVERDUE));
        assertEquals(2, value(set, dept("economic"), HAZARDS_OVERDUE));
        assertEquals(3, value(set, village("baishiyi"), HAZARDS_OVERDUE));
        assertEquals(3, value(set, TOWN, MAJOR_OVERDUE));
        assertEquals(1, value(set, dept("planning"), MAJOR_OVERDUE));
        assertEquals(2, value(set, dept("economic"), MAJOR_OVERDUE));
    }

    @Test
    void whileTheMonthRunsOverdueIsTakenToday() {
        // as of 20 November: 1, 2, 7 (closed on the 30th, still open on the 20th), 8; not 3 (deadline the 20th)
        FigureSet set = compute(DataScope.everything(), LocalDate.of(2026, 11, 20));
        assertEquals(4, value(set, TOWN, HAZARDS_OVERDUE));
        assertEquals(2, value(set, dept("emergency"), HAZARDS_OVERDUE));
        assertEquals(2, value(set, TOWN, MAJOR_OVERDUE));
    }

    @Test
    void theExposureListIsMostOverdueFirst() {
        FigureSet set = compute(DataScope.everything(), LocalDate.of(2026, 12, 10));
        assertEquals(1, set.tables().size());
        ReportTable table = set.tables().get(0);
        assertEquals(CoreFigures.EXPOSURE_TABLE, table.code());
        assertEquals(8, table.columns().size());
        assertEquals("Days overdue", table.columns().get(5).en());
        assertEquals(3, table.rows().size());
        List<String> first = table.rows().get(0);
        String shortened = LONG.substring(0, 59) + "…";
        assertEquals(List.of("丙市场", "白市驿村", "经发办", shortened, "2026-10-01", "60", "责任人8", "已销号（2026-12-01）"),
                first);
        assertEquals(60, first.get(3).length());
        assertEquals(List.of("乙工地", "海棠村", "规建办", "隐患2", "2026-11-15", "15", "责任人2", "已销号（2026-12-02）"),
                table.rows().get(1));
        assertEquals(List.of("丙市场", "白市驿村", "经发办", "隐患4", "2026-11-29", "1", "责任人4", "已上报"),
                table.rows().get(2));
    }

    @Test
    void aDepartmentSeesWhatItRegulatesFirstOrSecond() {
        FigureSet set = compute(DataScope.of(Set.of("dept-planning")), LocalDate.of(2026, 12, 10));
        assertEquals(2, value(set, TOWN, HAZARDS_FOUND));
        assertEquals(2, value(set, TOWN, HAZARDS_RECTIFIED));
        assertEquals(2, value(set, TOWN, HAZARDS_OVERDUE));
        assertEquals(1, value(set, TOWN, MAJOR_OVERDUE));
        assertEquals(0, value(set, dept("economic"), HAZARDS_FOUND));
        assertEquals(1, set.tables().get(0).rows().size());
        assertEquals("乙工地", set.tables().get(0).rows().get(0).get(0));

        FigureSet village = compute(DataScope.of(Set.of("village-haitang")), LocalDate.of(2026, 12, 10));
        assertEquals(1, value(village, TOWN, HAZARDS_FOUND));
        assertEquals(1, value(village, TOWN, HAZARDS_OVERDUE));
        assertEquals(0, value(village, village("baishiyi"), HAZARDS_OVERDUE));
    }

    @Test
    void nobodySeesNothing() {
        FigureSet set = compute(Fixture.NOBODY, LocalDate.of(2026, 12, 10));
        assertEquals(FigureValue.count(0), set.values().get(TOWN).get(HAZARDS_FOUND));
        assertEquals(0, set.tables().get(0).rows().size());
    }
}
