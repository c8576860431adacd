package org.safegrid.dept.planning.internal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.dept.planning.internal.PlanningSettings;
import org.safegrid.dept.planning.internal.common.PageDto;
import org.safegrid.dept.planning.internal.common.PageRequest;
import org.safegrid.testing.DerbyUnit;

/** Projects on Derby with the real change log; the town's date is 28 November 2026. */
class ProjectStoreTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static DerbyUnit unit;
    static ProjectService projects;
    static PlanningSettings settings;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("planning-projects", DerbyUnit.PLANNING);
        settings = PlanningSettings.fixed(Clock.fixed(TODAY.atTime(9, 0).atZone(TOWN).toInstant(), TOWN), 2);
        projects = new ProjectService(unit.jpa(), unit.schema(), settings);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static ProjectData data(String name, long enterprise, ProjectPhase phase, LocalDate end, Long version) {
        return new ProjectData(name, enterprise, "建工" + enterprise, "白市驿镇", "P-" + name.length(), end.minusYears(1),
                end, phase, "张伟", "13812345678", version);
    }

    @Test
    void theSchemaIsAtItsVersion() {
        assertEquals(List.of("planning-1", "planning-2"), unit.changeSets);
    }

    @Test
    void createListFilterAndPage() {
        ProjectDto a = projects.create(data("安置房二期", 5, ProjectPhase.MAIN_STRUCTURE, TODAY.minusDays(1), null), "wang");
        projects.create(data("学校改扩建", 6, ProjectPhase.FOUNDATION, TODAY.plusMonths(6), null), "wang");
        projects.create(data("老旧小区改造", 5, ProjectPhase.COMPLETED, TODAY.minusMonths(2), null), "wang");
        assertTrue(a.id() > 0);
        assertEquals(1, a.version(), "EclipseLink numbers versions from 1");
        assertEquals("wang", a.createdBy());
        assertEquals("2026-11-28T09:00:00", a.createdAt());
        assertTrue(a.overdue(), "past its planned end and not completed");

        PageDto<ProjectDto> all = projects.list(new PageRequest(0, 2, null, null), null, null, null);
        assertEquals(3, all.total());
        assertEquals(List.of("老旧小区改造", "安置房二期"), all.items().stream().map(ProjectDto::name).toList(),
                "planned completion first");
        assertFalse(all.items().get(0).overdue(), "a completed project is never overdue");
        assertEquals(2, projects.list(new PageRequest(0, 20, null, null), null, 5L, null).total());
        assertEquals(1, projects.list(new PageRequest(0, 20, null, null), ProjectPhase.FOUNDATION, null, null).total());
        assertEquals(1, projects.list(new PageRequest(0, 20, null, null), null, null, "学校").total());
        assertEquals(2, projects.list(new PageRequest(0, 20, null, null), null, null, "建工5").total());
        assertEquals(0, projects.list(new PageRequest(0, 20, null, null), null, null, "%").total());
        assertEquals(List.of(), projects.list(new PageRequest(5, 20, null, null), null, null, null).items());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        ProjectDto a = projects.create(data("安置房二期", 5, ProjectPhase.FOUNDATION, TODAY.plusDays(30), null), "wang");
        ProjectDto b = projects
                .update(a.id(), data("安置房二期", 5, ProjectPhase.MAIN_STRUCTURE, TODAY.plusDays(30), a.version()), "li")
                .orElseThrow();
        assertEquals(a.version() + 1, b.version());
        assertEquals("li", b.updatedBy());
        SafeGridException e = assertThrows(SafeGridException.class, () -> projects.update(a.id(),
                data("安置房二期", 5, ProjectPhase.COMPLETED, TODAY.plusDays(30), a.version()), "zhao"));
        assertEquals(409, e.kind().status());
        assertEquals("stale_version", e.code());
        assertEquals(b.version(), e.details().get("currentVersion"));
        assertEquals("MAIN_STRUCTURE", projects.find(a.id()).orElseThrow().phase());
        assertTrue(projects.update(999_999, data("x", 5, ProjectPhase.FOUNDATION, TODAY, 0L), "li").isEmpty());
    }

    @Test
    void theDeadlineCheckAlertsOncePerProjectUntilItsPlanChanges() {
        ProjectDto late = projects.create(data("安置房二期", 5, ProjectPhase.DECORATION, TODAY.minusDays(3), null), "wang");
        projects.create(data("学校改扩建", 6, ProjectPhase.FOUNDATION, TODAY.plusDays(3), null), "wang");
        projects.create(data("停工项目", 7, ProjectPhase.SUSPENDED, TODAY.minusDays(30), null), "wang");
        projects.create(data("已竣工", 8, ProjectPhase.COMPLETED, TODAY.minusDays(30), null), "wang");

        List<Alert> published = new ArrayList<>();
        List<Long> enterprises = new ArrayList<>();
        ProjectDeadlineCheck check = new ProjectDeadlineCheck(projects, settings);
        try {
            assertEquals(0, check.run(), "no publisher, nothing raised and nothing marked");
            AlertPublisher publisher = (department, enterpriseId, alert) -> {
                assertEquals("planning", department);
                enterprises.add(enterpriseId);
                published.add(alert);
                return published.size();
            };
            check.publisher = publisher;
            assertEquals(1, check.run());
            assertEquals(List.of(5L), enterprises);
            Alert alert = published.get(0);
            assertEquals("construction-project-overdue", alert.code());
            assertTrue(alert.message().zh().contains("安置房二期") && alert.message().zh().contains("2026-11-25"));
            assertEquals("#/m/planning/projects?id=" + late.id(), alert.link());
            assertEquals(0, check.run(), "once only");
            assertEquals(late.version(), projects.find(late.id()).orElseThrow().version(),
                    "marking does not bump the version");

            // a new plan that is again in the past: alert again
            projects.update(late.id(), data("安置房二期", 5, ProjectPhase.DECORATION, TODAY.minusDays(1), late.version()),
                    "li");
            assertEquals(1, check.run());
        } finally {
            check.stopQuietly();
        }
    }
}
