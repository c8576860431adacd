package org.safegrid.hazards.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.hazards.internal.testing.Fixture.ADMIN;
import static org.safegrid.hazards.internal.testing.Fixture.BAISHIYI;
import static org.safegrid.hazards.internal.testing.Fixture.EMERGENCY;
import static org.safegrid.hazards.internal.testing.Fixture.HAITANG;
import static org.safegrid.hazards.internal.testing.Fixture.NOBODY;
import static org.safegrid.hazards.internal.testing.Fixture.PLANNING;
import static org.safegrid.hazards.internal.testing.Fixture.TODAY;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardEvents;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.api.NewHazard;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.model.TimelineEntry;
import org.safegrid.hazards.internal.testing.Errors;
import org.safegrid.hazards.internal.testing.Fixture;

/** Reporting a hazard through {@code HazardService.report}, as the checklists bundle does, on the real schema. */
class ReportTest {

    Fixture f;

    @BeforeEach
    void reset() throws Exception {
        f = Fixture.shared();
    }

    @Test
    void aReportedHazardIsStoredWithTheEnterpriseCopiedATimelineEntryAndACreatedEvent() throws Exception {
        Hazard h = f.registry.report(Fixture.general(2, "消防通道堵塞", 7), EMERGENCY, "zhang");

        assertEquals(HazardState.REPORTED, h.state());
        assertEquals("乙化工", h.enterpriseName());
        assertEquals("emergency", h.department());
        assertEquals("haitang", h.village());
        assertEquals(TODAY.plusDays(7), h.deadline());
        assertEquals("zhang", h.reportedBy());
        assertEquals(Fixture.NOW, h.reportedAt());
        assertFalse(h.overdue());
        assertEquals(1, f.unit.count("SELECT COUNT(*) FROM SG_HAZ_HAZARD WHERE SECOND_DEPARTMENT = 'planning'"));

        HazardRecord stored = f.registry.find(h.id(), ADMIN).orElseThrow();
        assertEquals(h, stored.hazard());
        assertEquals("planning", stored.secondDepartment());
        List<TimelineEntry> timeline = f.registry.timeline(stored);
        assertEquals(1, timeline.size());
        assertEquals(HazardAction.REPORT, timeline.get(0).action());
        assertNull(timeline.get(0).fromState());
        assertEquals(HazardState.REPORTED, timeline.get(0).toState());
        assertEquals("zhang", timeline.get(0).user());

        Event event = f.events.last();
        assertEquals(HazardEvents.CREATED, event.getTopic());
        assertEquals(h.id(), event.getProperty(HazardEvents.HAZARD_ID));
        assertEquals(2L, event.getProperty(HazardEvents.ENTERPRISE_ID));
        assertEquals("emergency", event.getProperty(HazardEvents.DEPARTMENT));
        assertEquals("GENERAL", event.getProperty(HazardEvents.LEVEL));
        assertEquals("REPORTED", event.getProperty(HazardEvents.STATE));
        assertEquals("zhang", event.getProperty(HazardEvents.USER));
        assertEquals("planning", event.getProperty("secondDepartment"));
        assertEquals("haitang", event.getProperty("village"));
    }

    @Test
    void aMajorHazardWithItsFixesKeepsThemAndTakesTheirDeadline() {
        NewHazard major = new NewHazard(1, HazardSource.SELF_INSPECTION, "submission:9:item:tank", "储罐区防火堤破损",
                HazardLevel.MAJOR, null, Fixture.fixes(TODAY.plusDays(30)));
        Hazard h = f.registry.report(major, ADMIN, "admin");
        assertEquals(TODAY.plusDays(30), h.deadline());
        assertEquals(new BigDecimal("5000.00"), h.fiveFixes().funds());
        assertEquals("张三", f.registry.get(h.id(), ADMIN).orElseThrow().fiveFixes().responsiblePerson());
    }

    @Test
    void anEnterpriseOutsideTheScopeIsNotFoundAndNothingIsStored() throws Exception {
        Errors.expect(Kind.NOT_FOUND, "not_found",
                () -> f.registry.report(Fixture.general(3, "脚手架松动", 3), EMERGENCY, "zhang"));
        Errors.expect(Kind.NOT_FOUND, "not_found",
                () -> f.registry.report(Fixture.general(99, "不存在", 3), ADMIN, "admin"));
        Errors.expect(Kind.NOT_FOUND, "not_found",
                () -> f.registry.report(Fixture.general(1, "无权限", 3), NOBODY, "nobody"));
        assertEquals(0, f.unit.count("SELECT COUNT(*) FROM SG_HAZ_HAZARD"));
        assertTrue(f.events.posted.isEmpty());
    }

    @Test
    void villageGridStaffReportHazardsInTheirVillage() {
        Hazard h = f.registry.report(Fixture.general(1, "电线私拉乱接", 2), BAISHIYI, "grid");
        assertEquals("baishiyi", h.village());
        Errors.expect(Kind.NOT_FOUND, "not_found",
                () -> f.registry.report(Fixture.general(1, "电线私拉乱接", 2), HAITANG, "grid2"));
    }

    @Test
    void theSecondRegulatingDepartmentMayReport() {
        assertEquals("emergency", f.registry.report(Fixture.general(2, "阀门锈蚀", 2), PLANNING, "li").department());
    }

    @Test
    void badFieldsComeBeforeTheScopeAndChangeNothing() throws Exception {
        NewHazard bad = new NewHazard(3, null, null, "", HazardLevel.GENERAL, TODAY.minusDays(1), null);
        Map<String, String> fields = Errors.fields(() -> f.registry.report(bad, EMERGENCY, "zhang"));
        assertEquals(Map.of("description", "不能为空", "deadline", "不能早于今天（2026-11-28）"), fields);
        assertEquals(0, f.unit.count("SELECT COUNT(*) FROM SG_HAZ_HAZARD"));
        assertEquals(0, f.unit.count("SELECT COUNT(*) FROM SG_HAZ_TIMELINE"));
    }

    @Test
    void aMajorHazardWithIncompleteFixesIsRefusedNamingThem() {
        NewHazard major = new NewHazard(1, HazardSource.INSPECTION, null, "液化气瓶无检验", HazardLevel.MAJOR, null,
                new org.safegrid.hazards.api.FiveFixes("张三", "措施", null, TODAY, null));
        var e = Errors.expect(Kind.INVALID, "validation_failed", () -> f.registry.report(major, ADMIN, "admin"));
        assertEquals("缺少五落实：资金、预案", e.getMessage());
        assertEquals(List.of("funds", "contingencyPlan"), e.details().get("missing"));
    }

    @Test
    void aDeadlineOfTodayIsNotOverdueButYesterdaysIs() throws Exception {
        Hazard h = f.registry.report(Fixture.general(1, "灭火器过期", 0), ADMIN, "admin");
        assertFalse(h.overdue());
        f.clock.advance(java.time.Duration.ofDays(1));
        assertTrue(f.registry.get(h.id(), ADMIN).orElseThrow().overdue());
    }
}
