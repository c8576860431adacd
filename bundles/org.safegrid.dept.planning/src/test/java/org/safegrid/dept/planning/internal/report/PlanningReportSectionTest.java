package org.safegrid.dept.planning.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.planning.internal.PlanningSettings;
import org.safegrid.dept.planning.internal.checklists.ConstructionSiteWeekly;
import org.safegrid.dept.planning.internal.checklists.HouseMonthly;
import org.safegrid.dept.planning.internal.project.ProjectData;
import org.safegrid.dept.planning.internal.project.ProjectPhase;
import org.safegrid.dept.planning.internal.project.ProjectService;
import org.safegrid.dept.planning.internal.rules.RuleMemory;
import org.safegrid.dept.planning.internal.rules.Site;
import org.safegrid.testing.DerbyUnit;

/** The section over hand-made projects and rule memory on Derby, as of 20 November 2026, without the registry. */
class PlanningReportSectionTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static DerbyUnit unit;
    static PlanningReportSection section;

    static final Site A = new Site(1, "安置房工地", "planning", null, "baishiyi");
    static final Site B = new Site(2, "学校工地", "planning", "culture", "haitang");
    static final Site H = new Site(3, "李家出租房", "planning", null, "haitang");

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("planning-section", DerbyUnit.PLANNING);
        PlanningSettings settings = PlanningSettings.fixed(Clock.fixed(TODAY.atTime(9, 0).atZone(TOWN).toInstant(),
                TOWN), 2);
        RuleMemory memory = new RuleMemory(unit.jpa(), unit.schema(), settings);
        ProjectService projects = new ProjectService(unit.jpa(), unit.schema(), settings);
        section = new PlanningReportSection(memory, projects);

        projects.create(project("安置房二期", 1, ProjectPhase.MAIN_STRUCTURE, day(1).minusYears(1), day(10)), "wang");
        projects.create(project("学校改扩建", 2, ProjectPhase.FOUNDATION, day(1).minusMonths(2), day(1).plusYears(1)),
                "wang");
        projects.create(project("尚未开工", 2, ProjectPhase.PREPARATION, day(25), day(25).plusYears(1)), "wang");
        projects.create(project("停工项目", 1, ProjectPhase.SUSPENDED, day(1).minusYears(1), day(1)), "wang");
        projects.create(project("已竣工", 1, ProjectPhase.COMPLETED, day(1).minusYears(1), day(1)), "wang");

        String weekly = ConstructionSiteWeekly.CODE;
        memory.recordMissed(A, weekly, "2026-W45", day(8));
        memory.recordMissed(A, weekly, "2026-W46", day(15));
        memory.recordMissed(B, weekly, "2026-W46", day(15));
        memory.recordMissed(B, weekly, "2026-W44", day(1));
        memory.recordMissed(A, weekly, "2026-W43", LocalDate.of(2026, 10, 25)); // October: outside
        memory.recordFailed(A, weekly, "2026-W46", day(15), List.of("scaffolding", "temporary-power"));
        memory.recordFailed(H, HouseMonthly.CODE, "2026-11", day(30), List.of("structure-damage"));
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    static LocalDate day(int d) {
        return LocalDate.of(2026, 11, d);
    }

    static ProjectData project(String name, long enterprise, ProjectPhase phase, LocalDate start, LocalDate end) {
        return new ProjectData(name, enterprise, "建工", "白市驿镇", "P-1", start, end, phase, "张伟", "13812345678", null);
    }

    static Map<String, BigDecimal> values(ReportSection s) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (SectionFigure f : s.figures()) {
            values.put(f.code(), f.value());
        }
        return values;
    }

    @Test
    void theTownSeesEverything() {
        ReportSection s = section
                .section(new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 11)), DataScope.everything(), TODAY));
        assertEquals("planning", s.code());
        Map<String, BigDecimal> v = values(s);
        assertNull(v.get("construction-sites"), "no registry, no count");
        assertEquals(BigDecimal.valueOf(2), v.get("active-projects"), "not the one starting on the 25th");
        assertEquals(BigDecimal.valueOf(1), v.get("projects-overdue"));
        assertEquals(BigDecimal.valueOf(4), v.get("missed-weekly-inspections"));
        assertEquals(BigDecimal.valueOf(2), v.get("sites-missing-weeks"));
        assertEquals(BigDecimal.valueOf(2), v.get("high-risk-failures"));
        assertEquals(BigDecimal.valueOf(1), v.get("structural-failures"));
        assertEquals(
                List.of(List.of("安置房工地", "baishiyi", "2", "2026-W46"), List.of("学校工地", "haitang", "2", "2026-W46")),
                s.tables().get(0).rows());
    }

    @Test
    void aVillageSeesItsOwnAndNoProjectsWithoutTheRegistry() {
        DataScope haitang = new DataScope(false, Set.of(), Set.of("haitang"));
        Map<String, BigDecimal> v = values(
                section.section(new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 11)), haitang, TODAY)));
        assertEquals(BigDecimal.valueOf(2), v.get("missed-weekly-inspections"));
        assertEquals(BigDecimal.valueOf(0), v.get("high-risk-failures"));
        assertEquals(BigDecimal.valueOf(1), v.get("structural-failures"));
        assertEquals(BigDecimal.valueOf(0), v.get("active-projects"), "builders cannot be placed without the registry");

        DataScope culture = new DataScope(false, Set.of("culture"), Set.of());
        Map<String, BigDecimal> week = values(section
                .section(new ReportRequest(ReportPeriod.week(day(15)), culture, TODAY)));
        assertEquals(BigDecimal.valueOf(1), week.get("missed-weekly-inspections"), "site B, second department culture");
    }
}
