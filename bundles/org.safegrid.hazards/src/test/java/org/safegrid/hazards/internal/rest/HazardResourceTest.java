package org.safegrid.hazards.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.hazards.internal.testing.Fixture.ADMIN;
import static org.safegrid.hazards.internal.testing.Fixture.TODAY;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.dto.FixesInput;
import org.safegrid.hazards.internal.dto.HazardDetail;
import org.safegrid.hazards.internal.dto.HazardInput;
import org.safegrid.hazards.internal.dto.HazardView;
import org.safegrid.hazards.internal.dto.StatsView;
import org.safegrid.hazards.internal.dto.StepInput;
import org.safegrid.hazards.internal.dto.VerifyInput;
import org.safegrid.hazards.internal.testing.Errors;
import org.safegrid.hazards.internal.testing.Fixture;
import org.safegrid.hazards.internal.testing.Requests;
import org.safegrid.hazards.internal.validation.FieldReader;

/** The resource's methods with the requests' users, bodies and languages, on the real schema. */
class HazardResourceTest {

    static final SecurityContext ZHANG = Requests.user("zhang", "dept-emergency");
    static final SecurityContext WANG = Requests.user("wang", "dept-emergency");
    static final SecurityContext GRID = Requests.user("grid", "village-baishiyi");
    static final HttpHeaders ZH = Requests.language("zh-CN");
    static final HttpHeaders EN = Requests.language("en-US");

    Fixture f;
    HazardResource resource;

    @BeforeEach
    void reset() throws Exception {
        f = Fixture.shared();
        resource = new HazardResource(f.registry, f.transitions);
    }

    /** Reports through the registry with the reader the resource would pass (its POST answers a JAX-RS Response). */
    long report(HazardInput input, SecurityContext user) {
        FieldReader reader = new FieldReader(false);
        return f.registry.report(Inputs.hazard(input, reader), org.safegrid.api.security.DataScope.of(user),
                user.getUserPrincipal().getName(), reader).hazard().id();
    }

    @Test
    void aMajorHazardWalksTheWholeLoopThroughTheApi() {
        long id = report(new HazardInput("1", "INSPECTION", null, "储罐区防火堤破损", "major", null, null), ZHANG);

        HazardDetail reported = resource.get(String.valueOf(id), ZHANG, ZH);
        assertEquals(List.of("responsiblePerson", "measures", "funds", "deadline", "contingencyPlan"),
                reported.missingFixes());
        assertTrue(reported.editable());
        assertFalse(reported.mayVerify());

        SafeGridException missing = Errors.expect(Kind.INVALID, "five_fixes_missing",
                () -> resource.rectify(String.valueOf(id), null, ZHANG, ZH));
        assertEquals(5, ((List<?>) missing.details().get("missing")).size());

        SafeGridException partial = Errors.expect(Kind.INVALID, "validation_failed", () -> resource.fixes(
                String.valueOf(id), new FixesInput("张三", "加固", null, TODAY.plusDays(9).toString(), null, null),
                ZHANG, ZH));
        assertEquals("缺少五落实：资金、预案", partial.getMessage());

        HazardDetail fixed = resource.fixes(String.valueOf(id),
                new FixesInput("张三", "加固", "8000", TODAY.plusDays(9).toString(), "疏散", reported.version()), ZHANG,
                ZH);
        assertEquals(List.of(), fixed.missingFixes());
        assertEquals(TODAY.plusDays(9), fixed.deadline());

        resource.rectify(String.valueOf(id), new StepInput("开始", null, fixed.version()), ZHANG, ZH);
        HazardDetail submitted = resource.submit(String.valueOf(id), new StepInput(null, "已加固，见照片", null), ZHANG,
                ZH);
        assertEquals(HazardState.AWAITING_VERIFICATION, submitted.state());
        assertFalse(submitted.mayVerify(), "the reporter may not verify");
        assertTrue(resource.get(String.valueOf(id), WANG, ZH).mayVerify());
        assertFalse(resource.get(String.valueOf(id), GRID, ZH).mayVerify());
        assertFalse(resource.get(String.valueOf(id), GRID, ZH).editable());

        Errors.expect(Kind.CONFLICT, "own_hazard",
                () -> resource.verify(String.valueOf(id), new VerifyInput(true, null, null), ZHANG, ZH));
        Errors.expect(Kind.FORBIDDEN, "not_verifier",
                () -> resource.verify(String.valueOf(id), new VerifyInput(true, null, null), GRID, ZH));
        Errors.expect(Kind.CONFLICT, "verify_first", () -> resource.close(String.valueOf(id), ZHANG, ZH));

        HazardDetail closed = resource.verify(String.valueOf(id), new VerifyInput(true, "合格", null), WANG, ZH);
        assertEquals(HazardState.CLOSED, closed.state());
        // report, fixes, rectify, submit, accept
        assertEquals(5, closed.timeline().size());
        assertEquals(5, resource.timeline(String.valueOf(id), null, null, ZHANG, ZH).total());
        assertEquals(List.of(org.safegrid.hazards.internal.lifecycle.HazardAction.ACCEPT),
                resource.timeline(String.valueOf(id), "1", "4", ZHANG, ZH).items().stream().map(t -> t.action())
                        .toList());
    }

    @Test
    void badBodiesListEveryProblemAtOnce() {
        FieldReader reader = new FieldReader(true);
        HazardInput bad = new HazardInput("x", "phone", null, "", "GENERAL", "28/11/2026",
                new FixesInput(null, null, "lots", null, null, null));
        SafeGridException e = Errors.expect(Kind.INVALID, "validation_failed",
                () -> f.registry.report(Inputs.hazard(bad, reader), ADMIN, "admin", reader));
        @SuppressWarnings("unchecked")
        Map<String, String> fields = (Map<String, String>) e.details().get("fields");
        assertEquals("must be a positive whole number", fields.get("enterpriseId"));
        assertEquals("must be one of SELF_INSPECTION, INSPECTION, TIPOFF, OTHER", fields.get("source"));
        assertEquals("is required", fields.get("description"));
        assertEquals("must be a date like 2026-11-28", fields.get("deadline"));
        assertEquals("must be an amount such as 5000 or 5000.50", fields.get("fiveFixes.funds"));
        assertEquals("only a major hazard has five fixes", fields.get("fiveFixes"));
        assertEquals(0, f.registry.board(ADMIN, null, null, 0, 20).total());
    }

    @Test
    void theBoardShowsWhatEachCallerMayDo() {
        long mine = report(new HazardInput("1", null, null, "消防通道堵塞", "GENERAL", TODAY.toString(), null), GRID);
        List<HazardView> forGrid = resource.board(null, null, null, null, null, null, null, null, null, null, null,
                GRID, ZH).items();
        assertEquals(1, forGrid.size());
        assertFalse(forGrid.get(0).editable());
        List<HazardView> forDept = resource.board(null, "emergency", null, "REPORTED", null, null, "false", "通道",
                "0", "10", "overdue", ZHANG, ZH).items();
        assertEquals(mine, forDept.get(0).id());
        assertTrue(forDept.get(0).editable());
        Errors.expect(Kind.BAD_REQUEST, "bad_state", () -> resource.board(null, null, null, "OPEN", null, null,
                null, null, null, null, null, ZHANG, ZH));
    }

    @Test
    void statsAreCountedInTheCallersScope() {
        report(new HazardInput("1", null, null, "消防通道堵塞", "GENERAL", TODAY.toString(), null), ZHANG);
        report(new HazardInput("3", null, null, "脚手架松动", "GENERAL", TODAY.toString(), null),
                Requests.user("li", "dept-planning"));
        StatsView emergency = resource.stats(null, null, null, null, ZHANG, ZH);
        assertEquals(1, emergency.total());
        assertEquals(Map.of("REPORTED", 1L, "RECTIFYING", 0L, "AWAITING_VERIFICATION", 0L, "CLOSED", 0L),
                emergency.byState());
        assertEquals(2, resource.stats(null, "baishiyi", null, null, Requests.user("boss", "admin"), ZH).total());
    }

    @Test
    void messagesFollowTheCallersLanguage() {
        SafeGridException e = Errors.expect(Kind.NOT_FOUND, "not_found", () -> resource.get("999", ZHANG, EN));
        assertEquals("Hazard 999 does not exist or is not in your scope", e.getMessage());
        SafeGridException zh = Errors.expect(Kind.NOT_FOUND, "not_found", () -> resource.get("999", ZHANG, ZH));
        assertEquals("隐患 999 不存在或不在您的管辖范围内", zh.getMessage());
    }
}
