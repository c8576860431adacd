package org.safegrid.enforcement.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.CaseAction;
import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.CaseStep;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.EnforcementEvents;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.InspectionInput;
import org.safegrid.enforcement.internal.dto.PenaltyInput;
import org.safegrid.enforcement.internal.dto.RectifiedInput;
import org.safegrid.enforcement.internal.dto.RefusalInput;
import org.safegrid.enforcement.internal.dto.ReinspectionInput;
import org.safegrid.enforcement.internal.testing.Errors;
import org.safegrid.enforcement.internal.testing.Fixture;
import org.safegrid.enterprises.api.RiskLevel;

/** The closed loop through the services: every step, the refused ones, the events, the accrual as days pass. */
class CaseFlowTest {

    static final DataScope CLERK = DataScope.of(Set.of("dept-emergency"));
    static final DataScope GRID = DataScope.of(Set.of("village-baishiyi"));
    static final DataScope PLANNING = DataScope.of(Set.of("dept-planning"));
    static final String ZH = "zh-CN";
    static final String EN = "en";
    static final String BASIS = "《安全生产法》第一百零二条";

    static Fixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture("enforcement-flow");
        f.enterprises.add(1, "emergency", "citymgmt", "baishiyi", RiskLevel.ORANGE);
        f.enterprises.add(2, "planning", null, "qinglong", RiskLevel.BLUE);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void reset() throws Exception {
        f.reset();
    }

    static EnforcementCase open(long enterpriseId, String kind) {
        return f.service.enforcementCase(f.cases
                .open(new CaseInput(enterpriseId, null, kind, "安全出口堵塞", f.clock.today().plusDays(7).toString()),
                        CLERK, "clerk", ZH)
                .id(), DataScope.everything()).orElseThrow();
    }

    static EnforcementCase reinspect(long id, boolean rectified) {
        return f.steps.reinspect(id, new ReinspectionInput(f.clock.today().toString(), rectified, null), CLERK,
                "clerk", ZH);
    }

    static EnforcementCase penalise(long id) {
        return f.steps.penalise(id, new PenaltyInput(new BigDecimal("5000"), BASIS, null), CLERK, "chief", ZH);
    }

    static EnforcementCase get(long id) {
        return f.cases.get(id, DataScope.everything()).orElseThrow();
    }

    @Test
    void theWholeLoopWithADailyPenaltyThatGrows() {
        long inspectionId = f.inspections.record(new InspectionInput(1L, "UNANNOUNCED", "2026-11-28", "王建国",
                "安全出口堵塞"), CLERK, "clerk", ZH).id();
        long id = f.cases.open(new CaseInput(1L, inspectionId, "fire-exit-blocked", "清理安全出口", "2026-11-30"), CLERK,
                "clerk", ZH).id();
        assertEquals(CaseState.ORDERED, get(id).state());

        f.clock.set(LocalDate.of(2026, 12, 1));
        assertTrue(get(id).overdue(), "open past its deadline");
        assertEquals(CaseState.REINSPECTED_NOT_RECTIFIED, reinspect(id, false).state());
        assertFalse(get(id).overdue());
        EnforcementCase penalised = penalise(id);
        assertEquals(CaseState.PENALISED, penalised.state());
        assertEquals(new BigDecimal("5000.00"), penalised.penalty().amount());
        assertFalse(penalised.penalty().aggravated());
        assertEquals(0, penalised.accruedDays());

        f.clock.set(LocalDate.of(2026, 12, 2));
        EnforcementCase daily = f.steps.refuse(id,
                new RefusalInput(new BigDecimal("1000"), "《安全生产法》第一百一十二条", "2026-12-02", "拒不整改"), CLERK, "chief", ZH);
        assertEquals(CaseState.DAILY_PENALTY, daily.state());
        assertEquals(1, daily.accruedDays());
        assertEquals(new BigDecimal("1000.00"), daily.accrued());

        f.clock.set(LocalDate.of(2026, 12, 5));
        assertEquals(4, get(id).accruedDays());
        assertEquals(new BigDecimal("4000.00"), get(id).accrued());

        f.clock.set(LocalDate.of(2027, 1, 3));
        EnforcementCase done = f.steps.rectified(id, new RectifiedInput("2026-12-31", "已整改"), CLERK, "clerk", ZH);
        assertEquals(CaseState.RECTIFIED, done.state());
        assertTrue(done.closed());
        assertNotNull(done.closedAt());
        assertEquals(LocalDate.of(2026, 12, 31), done.dailyPenalty().stoppedOn());
        assertEquals(30, done.accruedDays());
        assertEquals(new BigDecimal("30000.00"), done.accrued());

        f.clock.set(LocalDate.of(2027, 6, 1));
        assertEquals(30, get(id).accruedDays(), "stopped: no longer grows");

        List<CaseStep> timeline = f.service.timeline(id, CLERK);
        assertEquals(List.of(CaseAction.ORDER_ISSUED, CaseAction.REINSPECTED, CaseAction.PENALTY_DECIDED,
                CaseAction.DAILY_PENALTY_STARTED, CaseAction.RECTIFIED),
                timeline.stream().map(CaseStep::action).toList());
        assertEquals("date=2026-12-31;accruedDays=30;accrued=30000.00", timeline.get(4).summary());
        assertEquals("chief", timeline.get(2).by());
        assertEquals(List.of(), f.service.timeline(id, PLANNING));

        assertEquals(List.of(EnforcementEvents.INSPECTION_RECORDED, EnforcementEvents.ORDER_ISSUED,
                EnforcementEvents.REINSPECTED, EnforcementEvents.PENALTY_DECIDED,
                EnforcementEvents.DAILY_PENALTY_STARTED, EnforcementEvents.RECTIFIED), f.events.topics());
        Event penalty = f.events.last(EnforcementEvents.PENALTY_DECIDED);
        assertEquals(id, penalty.getProperty(EnforcementEvents.CASE_ID));
        assertEquals(inspectionId, penalty.getProperty(EnforcementEvents.INSPECTION_ID));
        assertEquals(1L, penalty.getProperty(EnforcementEvents.ENTERPRISE_ID));
        assertEquals("emergency", penalty.getProperty(EnforcementEvents.DEPARTMENT));
        assertEquals("chief", penalty.getProperty(EnforcementEvents.USER));
        assertEquals("PENALISED", penalty.getProperty(EnforcementEvents.STATE));
        assertEquals("5000.00", penalty.getProperty(EnforcementEvents.AMOUNT));
        assertEquals(Boolean.FALSE, f.events.last(EnforcementEvents.REINSPECTED)
                .getProperty(EnforcementEvents.RECTIFIED_PROPERTY));
        assertEquals(inspectionId, f.events.last(EnforcementEvents.INSPECTION_RECORDED)
                .getProperty(EnforcementEvents.INSPECTION_ID));
    }

    @Test
    void aRectifiedReinspectionClosesTheCase() {
        long id = open(1, "k").id();
        EnforcementCase c = reinspect(id, true);
        assertEquals(CaseState.REINSPECTED_RECTIFIED, c.state());
        assertTrue(c.closed());
        assertNotNull(c.closedAt());
        assertTrue(c.reinspection().rectified());
        for (Runnable step : List.<Runnable>of(() -> reinspect(id, true), () -> penalise(id),
                () -> f.steps.rectified(id, new RectifiedInput("2026-11-28", null), CLERK, "clerk", ZH))) {
            Errors.expect(Kind.CONFLICT, "bad_transition", step::run);
        }
    }

    @Test
    void stepsOutOfOrderAreRefusedAndChangeNothing() {
        long id = open(1, "k").id();
        SafeGridException e = Errors.expect(Kind.CONFLICT, "bad_transition", () -> penalise(id));
        assertEquals("ORDERED", e.details().get("state"));
        assertEquals(List.of("REINSPECTED_NOT_RECTIFIED"), e.details().get("allowedFrom"));
        assertEquals("案件当前为“已下达整改指令”，不能进行这一步", e.getMessage());
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> f.steps.refuse(id,
                new RefusalInput(BigDecimal.TEN, BASIS, "2026-11-28", null), CLERK, "clerk", EN));
        Errors.expect(Kind.CONFLICT, "bad_transition",
                () -> f.steps.rectified(id, new RectifiedInput("2026-11-28", null), CLERK, "clerk", EN));
        reinspect(id, false);
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> reinspect(id, true));
        Errors.expect(Kind.CONFLICT, "bad_transition",
                () -> f.steps.rectified(id, new RectifiedInput("2026-11-28", null), CLERK, "clerk", EN));
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> f.steps.refuse(id,
                new RefusalInput(BigDecimal.TEN, BASIS, "2026-11-28", null), CLERK, "clerk", EN));
        penalise(id);
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> penalise(id));
        // rectified straight after the penalty, without a daily penalty
        EnforcementCase done = f.steps.rectified(id, new RectifiedInput("2026-11-28", null), CLERK, "clerk", EN);
        assertEquals(CaseState.RECTIFIED, done.state());
        assertNull(done.dailyPenalty());
        assertEquals(0, done.accruedDays());
        assertEquals(4, f.service.timeline(id, CLERK).size());
    }

    @Test
    void aPenaltyWithoutLegalBasisIsRefusedAndChangesNothing() {
        long id = open(1, "k").id();
        reinspect(id, false);
        int events = f.events.events.size();
        SafeGridException e = Errors.expect(Kind.INVALID, "legal_basis_missing", () -> f.steps.penalise(id,
                new PenaltyInput(new BigDecimal("5000"), null, null), CLERK, "chief", EN));
        assertEquals("A penalty decision needs its legal basis", e.getMessage());
        assertEquals(CaseState.REINSPECTED_NOT_RECTIFIED, get(id).state());
        assertNull(get(id).penalty());
        assertEquals(2, f.service.timeline(id, CLERK).size());
        assertEquals(events, f.events.events.size());
        Errors.expect(Kind.INVALID, "legal_basis_missing",
                () -> f.service.decidePenalty(id, new BigDecimal("5000"), " ", null, CLERK, "chief"));
    }

    @Test
    void aDeadlineInThePastIsRefusedAndNothingIsStored() throws Exception {
        var fields = Errors.fields(() -> f.cases.open(new CaseInput(1L, null, "k", "d", "2026-11-27"), CLERK,
                "clerk", EN));
        assertEquals(Map.of("deadline", "the deadline must be today or later"), fields);
        assertEquals(0, f.unit.count("SELECT COUNT(*) FROM SG_ENF_CASE"));
        assertTrue(f.events.events.isEmpty());
    }

    @Test
    void scope() {
        // a village user reads but may not act
        Errors.expect(Kind.FORBIDDEN, "forbidden",
                () -> f.cases.open(new CaseInput(1L, null, "k", "d", "2026-11-30"), GRID, "grid", EN));
        long id = open(1, "k").id();
        assertTrue(f.cases.get(id, GRID).isPresent());
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> f.steps.reinspect(id,
                new ReinspectionInput("2026-11-28", true, null), GRID, "grid", EN));
        // another department sees neither the enterprise nor the case
        assertEquals("is not an enterprise in your scope", Errors.fields(() -> f.cases.open(
                new CaseInput(1L, null, "k", "d", "2026-11-30"), PLANNING, "p", EN)).get("enterpriseId"));
        assertTrue(f.cases.get(id, PLANNING).isEmpty());
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> f.cases.view(id, PLANNING, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> f.steps.reinspect(id,
                new ReinspectionInput("2026-11-28", true, null), PLANNING, "p", EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> f.steps.reinspect(999_999,
                new ReinspectionInput("2026-11-28", true, null), CLERK, "p", EN));
        // the second regulating department may act
        assertEquals(CaseState.REINSPECTED_RECTIFIED, f.steps.reinspect(id,
                new ReinspectionInput("2026-11-28", true, null), DataScope.of(Set.of("dept-citymgmt")), "c", EN)
                .state());
        assertTrue(f.cases.view(id, CLERK, EN).editable());
        assertFalse(f.cases.view(id, GRID, EN).editable());
    }

    @Test
    void theInspectionMustBeOfTheSameEnterprise() {
        f.enterprises.add(3, "emergency", RiskLevel.BLUE);
        long other = f.inspections.record(new InspectionInput(3L, "ROUTINE", "2026-11-28", "a", "b"), CLERK, "c", EN)
                .id();
        assertEquals("is an inspection of another enterprise", Errors.fields(() -> f.cases.open(
                new CaseInput(1L, other, "k", "d", "2026-11-30"), CLERK, "c", EN)).get("inspectionId"));
        assertEquals("is not an inspection in your scope", Errors.fields(() -> f.cases.open(
                new CaseInput(1L, 999_999L, "k", "d", "2026-11-30"), CLERK, "c", EN)).get("inspectionId"));
    }

    @Test
    void actingDepartmentIsTheCallersOwn() {
        assertEquals("emergency", open(1, "k").actingDepartment());
        long id = f.cases.open(new CaseInput(1L, null, "k2", "d", "2026-11-30"),
                DataScope.of(Set.of("dept-citymgmt")), "c", EN).id();
        assertEquals("citymgmt", get(id).actingDepartment());
        long byCommittee = f.cases.open(new CaseInput(1L, null, "k3", "d", "2026-11-30"), DataScope.everything(),
                "office", EN).id();
        assertEquals("emergency", get(byCommittee).actingDepartment());
    }
}
