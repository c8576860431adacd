package org.safegrid.enforcement.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.enforcement.api.ComplianceSnapshot;
import org.safegrid.enforcement.api.Inspection;
import org.safegrid.enforcement.api.InspectionKind;
import org.safegrid.enforcement.api.NewInspection;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.FiveFixesInput;
import org.safegrid.enforcement.internal.dto.HazardInput;
import org.safegrid.enforcement.internal.dto.InspectionInput;
import org.safegrid.enforcement.internal.dto.InspectionView;
import org.safegrid.enforcement.internal.testing.Errors;
import org.safegrid.enforcement.internal.testing.FakeChecklists;
import org.safegrid.enforcement.internal.testing.Fixture;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.NewHazard;

/** Inspections show the self-inspection compliance of the 30 days before, stored; findings become hazards. */
class InspectionFlowTest {

    static final DataScope CLERK = DataScope.of(Set.of("dept-emergency"));
    static Fixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture("enforcement-inspection");
        f.enterprises.add(1, "emergency", null, "baishiyi", RiskLevel.ORANGE);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void reset() throws Exception {
        f.reset();
    }

    static InspectionView record(String date) {
        return f.inspections.record(new InspectionInput(1L, "ROUTINE", date, "王建国", "灭火器过期"), CLERK, "clerk",
                "zh-CN");
    }

    @Test
    void theComplianceOfTheThirtyDaysUpToTheInspectionIsShownAndKept() {
        InspectionView view = record("2026-11-20");
        assertEquals(List.of(new FakeChecklists.Asked(1, LocalDate.of(2026, 10, 22), LocalDate.of(2026, 11, 20))),
                f.checklists.asked);
        ComplianceSnapshot c = view.compliance();
        assertEquals(LocalDate.of(2026, 10, 22), c.from());
        assertEquals(LocalDate.of(2026, 11, 20), c.to());
        assertEquals(ComplianceSnapshot.Tally.of(30, 27), c.daily());
        assertEquals(0.9, c.daily().rate(), 1e-9);
        assertEquals(1.0, c.weekly().rate(), 1e-9);
        assertEquals(0.0, c.monthly().rate(), 1e-9);
        assertEquals(31.0 / 35, c.rate(), 1e-9);
        // the enterprise catches up later: the inspection still shows what it found
        f.checklists.daily = new Compliance.Count(30, 30);
        assertEquals(c, f.inspections.view(view.id(), CLERK, "zh-CN").compliance());
        assertEquals(1, f.checklists.asked.size());
    }

    @Test
    void withoutChecklistsTheInspectionIsStillRecorded() {
        f.checklists.failure = new IllegalStateException("checklists down");
        InspectionView view = record("2026-11-28");
        assertNull(view.compliance());
        assertNull(f.inspections.view(view.id(), CLERK, "en").compliance());
        InspectionView none = new Inspections(f.enterprises, f.inspectionStore, f.caseStore,
                new ComplianceSource(null), f.hazardReporter, new EventPublisher(f.events), f.clock)
                .record(new InspectionInput(1L, "EXPERT", "2026-11-28", "专家", "无"), CLERK, "c", "en");
        assertNull(none.compliance());
    }

    @Test
    void aDateInTheFutureIsRefused() throws Exception {
        assertEquals("不能晚于今天", Errors.fields(() -> record("2026-11-29")).get("date"));
        assertEquals(0, f.unit.count("SELECT COUNT(*) FROM SG_ENF_INSPECTION"));
        assertTrue(f.checklists.asked.isEmpty());
    }

    @Test
    void aVillageUserMayNotRecordOne() {
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> f.inspections.record(
                new InspectionInput(1L, "ROUTINE", "2026-11-28", "a", "b"), DataScope.of(Set.of("village-baishiyi")),
                "grid", "en"));
    }

    @Test
    void theViewListsTheCasesAndHazardsOfTheInspection() {
        long id = record("2026-11-28").id();
        long caseId = f.cases.open(new CaseInput(1L, id, "k", "d", "2026-12-01"), CLERK, "c", "en").id();
        var hazard = f.inspections.reportHazard(id, new HazardInput("灭火器过期", "major", null,
                new FiveFixesInput("张三", "更换", new BigDecimal("800"), "2026-12-05", "预案")), CLERK, "c", "en");
        NewHazard reported = f.hazards.reported.get(0);
        assertEquals(HazardSource.INSPECTION, reported.source());
        assertEquals("inspection:" + id, reported.sourceRef());
        assertEquals(HazardLevel.MAJOR, reported.level());
        assertEquals(LocalDate.of(2026, 12, 5), reported.fiveFixes().deadline());
        InspectionView view = f.inspections.view(id, CLERK, "en");
        assertEquals(List.of(caseId), view.cases().stream().map(c -> c.id()).toList());
        assertEquals(List.of(hazard.id()), view.hazardIds());
        assertTrue(view.editable());
    }

    @Test
    void hazardsNeedTheHazardsModuleAndALevel() {
        long id = record("2026-11-28").id();
        assertEquals("must be one of GENERAL, MAJOR", Errors.fields(() -> f.inspections.reportHazard(id,
                new HazardInput("x", "big", "2026-12-01", null), CLERK, "c", "en")).get("level"));
        Inspections without = new Inspections(f.enterprises, f.inspectionStore, f.caseStore, f.compliance,
                new HazardReporter(null), new EventPublisher(f.events), f.clock);
        Errors.expect(Kind.UNAVAILABLE, "hazards_unavailable", () -> without.reportHazard(id,
                new HazardInput("x", "GENERAL", "2026-12-01", null), CLERK, "c", "en"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> f.inspections.reportHazard(id,
                new HazardInput("x", "GENERAL", "2026-12-01", null), DataScope.of(Set.of("dept-planning")), "c", "en"));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> f.inspections.reportHazard(id,
                new HazardInput("x", "GENERAL", "2026-12-01", null), DataScope.of(Set.of("village-baishiyi")), "c",
                "en"));
    }

    @Test
    void throughTheServiceApi() {
        Inspection i = f.service.recordInspection(
                new NewInspection(1, InspectionKind.JOINT, LocalDate.of(2026, 11, 27), "联合检查组", "无问题"), CLERK,
                "clerk");
        assertEquals(InspectionKind.JOINT, i.kind());
        assertEquals(i, f.service.inspection(i.id(), CLERK).orElseThrow());
        assertTrue(f.service.inspection(i.id(), DataScope.of(Set.of("dept-planning"))).isEmpty());
        Errors.expect(Kind.INVALID, "validation_failed", () -> f.service.recordInspection(
                new NewInspection(1, null, null, null, null), CLERK, "clerk"));
    }
}
