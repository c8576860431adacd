package org.safegrid.enforcement.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.enforcement.api.CaseAction;
import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.CaseStep;
import org.safegrid.enforcement.api.ZeroCheck;
import org.safegrid.enforcement.api.ZeroCheckLine;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.CaseView;
import org.safegrid.enforcement.internal.dto.InspectionInput;
import org.safegrid.enforcement.internal.dto.InspectionView;
import org.safegrid.enforcement.internal.dto.PenaltyInput;
import org.safegrid.enforcement.internal.dto.RectifiedInput;
import org.safegrid.enforcement.internal.dto.RefusalInput;
import org.safegrid.enforcement.internal.dto.ReinspectionInput;
import org.safegrid.enforcement.internal.testing.Errors;
import org.safegrid.enforcement.internal.testing.Fixture;
import org.safegrid.enforcement.internal.testing.Requests;
import org.safegrid.enterprises.api.RiskLevel;

/** The REST resources called as JAX-RS calls them, over Derby and the fakes. */
class ResourcesTest {

    static final SecurityContext ADMIN = Requests.user("admin", "admin");
    static final SecurityContext COMMITTEE = Requests.user("office", "committee");
    static final SecurityContext CLERK = Requests.user("clerk", "dept-emergency");
    static final SecurityContext GRID = Requests.user("grid", "village-baishiyi");
    static final HttpHeaders ZH = Requests.language("zh-CN");
    static final HttpHeaders EN = Requests.language("en");

    static Fixture f;
    static InspectionsResource inspections;
    static CasesResource cases;
    static OversightResource oversight;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture("enforcement-rest");
        f.enterprises.add(1, "emergency", null, "baishiyi", RiskLevel.RED);
        f.enterprises.add(2, "planning", null, "qinglong", RiskLevel.BLUE);
        inspections = new InspectionsResource(f.inspections);
        cases = new CasesResource(f.cases, f.steps);
        oversight = new OversightResource(f.oversight);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void reset() throws Exception {
        f.reset();
    }

    @Test
    void anInspectionIsCreatedWithItsCompliance() {
        // create() wraps this in a 201 (Response needs a JAX-RS runtime, which unit tests do not have)
        InspectionView view = inspections.record(new InspectionInput(1L, "UNANNOUNCED", "2026-11-28", "王建国", "无"),
                CLERK, ZH);
        assertNotNull(view.compliance());
        assertEquals(27, view.compliance().daily().done());
        InspectionView read = inspections.get(String.valueOf(view.id()), GRID, ZH);
        assertEquals(view.compliance(), read.compliance());
        assertEquals(view.createdAt(), read.createdAt());
        assertFalse(read.editable());
        assertTrue(view.editable());
        assertEquals(1, inspections.list("1", null, null, "unannounced", "2026-11-01", "2026-11-30", null, null,
                CLERK, ZH).total());
        assertEquals(0, inspections.list(null, null, "qinglong", null, null, null, null, null, ADMIN, ZH).total());
    }

    @Test
    void malformedParametersAreA400NamingThem() {
        assertEquals("bad_page",
                bad(() -> inspections.list(null, null, null, null, null, null, "-1", null, CLERK, EN)));
        assertEquals("bad_size",
                bad(() -> inspections.list(null, null, null, null, null, null, null, "101", CLERK, EN)));
        assertEquals("bad_kind", bad(() -> inspections.list(null, null, null, "x", null, null, null, null, CLERK, EN)));
        assertEquals("bad_from", bad(() -> inspections.list(null, null, null, null, "11/1", null, null, null, CLERK,
                EN)));
        assertEquals("bad_period", bad(() -> inspections.list(null, null, null, null, "2026-11-02", "2026-11-01", null,
                null, CLERK, EN)));
        assertEquals("bad_enterpriseId", bad(() -> inspections.list("x", null, null, null, null, null, null, null,
                CLERK, EN)));
        assertEquals("bad_state", bad(() -> cases.list(null, null, null, "DONE", null, null, null, null, null, null,
                null, CLERK, EN)));
        assertEquals("bad_open", bad(() -> cases.list(null, null, null, null, null, null, "maybe", null, null, null,
                null, CLERK, EN)));
        assertEquals("bad_aggravated", bad(() -> cases.list(null, null, null, null, null, "1", null, null, null, null,
                null, CLERK, EN)));
        assertEquals("bad_active", bad(() -> oversight.repeatOffenders("yes", null, null, CLERK, EN)));
        assertEquals("bad_to", bad(() -> oversight.zeroCheck(null, "2026-13-01", CLERK, EN)));
    }

    @Test
    void idsThatNameNothingAre404() {
        for (String id : new String[]{"abc", "0", "-3", "99999"}) {
            Errors.expect(Kind.NOT_FOUND, "not_found", () -> inspections.get(id, ADMIN, EN));
            Errors.expect(Kind.NOT_FOUND, "not_found", () -> cases.get(id, ADMIN, EN));
            Errors.expect(Kind.NOT_FOUND, "not_found", () -> oversight.frequency(id, ADMIN, EN));
        }
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> oversight.frequency("2", CLERK, EN));
    }

    @Test
    void theLoopThroughTheResources() {
        CaseView view = cases.order(new CaseInput(1L, null, "fire-exit-blocked", "清理", "2026-12-01"), CLERK, ZH);
        String id = String.valueOf(view.id());
        assertEquals(CaseState.ORDERED, view.state());
        assertTrue(view.editable());
        assertEquals(1, view.timeline().size());

        assertEquals(CaseState.REINSPECTED_NOT_RECTIFIED,
                cases.reinspection(id, new ReinspectionInput("2026-11-28", false, null), CLERK, ZH).state());
        SafeGridException e = Errors.expect(Kind.INVALID, "legal_basis_missing",
                () -> cases.penalty(id, new PenaltyInput(new BigDecimal("3000"), null, null), CLERK, EN));
        assertEquals("A penalty decision needs its legal basis", e.getMessage());
        cases.penalty(id, new PenaltyInput(new BigDecimal("3000"), "第一百零二条", null), CLERK, ZH);
        CaseView daily = cases.refusal(id, new RefusalInput(new BigDecimal("200"), "第一百一十二条", "2026-11-28", null),
                CLERK, ZH);
        assertEquals(CaseState.DAILY_PENALTY, daily.state());
        assertEquals(1, daily.accruedDays());
        f.clock.set(Fixture.TODAY.plusDays(9));
        CaseView later = cases.get(id, GRID, ZH);
        assertEquals(10, later.accruedDays());
        assertEquals(new BigDecimal("2000.00"), later.accrued());
        assertFalse(later.editable());
        assertEquals(List.of(CaseAction.ORDER_ISSUED, CaseAction.REINSPECTED, CaseAction.PENALTY_DECIDED,
                CaseAction.DAILY_PENALTY_STARTED), later.timeline().stream().map(CaseStep::action).toList());
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> cases.rectified(id,
                new RectifiedInput("2026-12-07", null), GRID, EN));
        assertEquals(1, cases.list(null, null, null, "daily_penalty", null, null, "true", null, null, null, null,
                COMMITTEE, ZH).total());
        assertEquals(0, cases.list(null, "planning", null, null, null, null, null, null, null, null, null, COMMITTEE,
                ZH).total());
    }

    @Test
    void frequencyAndZeroCheck() {
        assertEquals(4, oversight.frequency("1", CLERK, ZH).required());
        ZeroCheck all = oversight.zeroCheck("2026-11-01", "2026-11-30", COMMITTEE, ZH);
        assertEquals(6 + 1, all.departments().size()); // the six and "market" of a sector
        assertTrue(all.departments().stream().allMatch(ZeroCheckLine::zero));
        ZeroCheck own = oversight.zeroCheck(null, null, CLERK, ZH);
        assertEquals(List.of("emergency"), own.departments().stream().map(ZeroCheckLine::id).toList());
        assertEquals(List.of("baishiyi"),
                oversight.zeroCheck(null, null, GRID, ZH).villages().stream().map(ZeroCheckLine::id).toList());
    }

    @Test
    void nobodyLoggedInIs401() {
        Errors.expect(Kind.UNAUTHORIZED, "unauthorized",
                () -> inspections.list(null, null, null, null, null, null, null, null, null, EN));
    }

    static String bad(Executable call) {
        SafeGridException e = assertThrows(SafeGridException.class, call);
        assertEquals(Kind.BAD_REQUEST, e.kind(), e.getMessage());
        return e.code();
    }
}
