package org.safegrid.hazards.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.safegrid.hazards.internal.testing.Fixture.ADMIN;
import static org.safegrid.hazards.internal.testing.Fixture.BAISHIYI;
import static org.safegrid.hazards.internal.testing.Fixture.COMMITTEE;
import static org.safegrid.hazards.internal.testing.Fixture.ECONOMIC;
import static org.safegrid.hazards.internal.testing.Fixture.EMERGENCY;
import static org.safegrid.hazards.internal.testing.Fixture.PLANNING;
import static org.safegrid.hazards.internal.testing.Fixture.TODAY;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardEvents;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.testing.Errors;
import org.safegrid.hazards.internal.testing.Fixture;
import org.safegrid.hazards.internal.validation.FieldReader;

/** The lifecycle after the report, through {@link HazardTransitions}, on the real schema. */
class TransitionsTest {

    Fixture f;
    HazardTransitions t;

    @BeforeEach
    void reset() throws Exception {
        f = Fixture.shared();
        t = f.transitions;
    }

    static FieldReader zh() {
        return new FieldReader(false);
    }

    long general(long enterpriseId, String reporter, DataScope scope) {
        return f.registry.report(Fixture.general(enterpriseId, "消防通道堵塞", 5), scope, reporter).id();
    }

    long major(long enterpriseId, String reporter, DataScope scope) {
        return f.registry.report(Fixture.major(enterpriseId, "储罐区防火堤破损"), scope, reporter).id();
    }

    HazardState state(long id) {
        return f.registry.get(id, ADMIN).orElseThrow().state();
    }

    @Test
    void aGeneralHazardGoesTheWholeWayAndEachStepIsRecordedAndPublished() {
        long id = general(1, "zhang", EMERGENCY);
        t.rectify(id, "已安排清理", null, EMERGENCY, "zhang", zh());
        t.submit(id, null, "通道已清理，照片见附件", null, EMERGENCY, "zhang", zh());
        HazardRecord closed = t.verify(id, true, "现场核实", null, EMERGENCY, "wang", zh());

        assertEquals(HazardState.CLOSED, closed.hazard().state());
        assertEquals("wang", closed.hazard().verifiedBy());
        assertEquals(Fixture.NOW, closed.hazard().verifiedAt());
        assertEquals(Fixture.NOW, closed.hazard().closedAt());
        assertEquals(List.of(HazardEvents.CREATED, HazardEvents.RECTIFYING, HazardEvents.AWAITING_VERIFICATION,
                HazardEvents.CLOSED), f.events.topics(id));
        assertEquals("CLOSED", f.events.last().getProperty(HazardEvents.STATE));
        assertEquals("wang", f.events.last().getProperty(HazardEvents.USER));

        var timeline = f.registry.timeline(closed);
        assertEquals(List.of(HazardAction.REPORT, HazardAction.RECTIFY, HazardAction.SUBMIT, HazardAction.ACCEPT),
                timeline.stream().map(e -> e.action()).toList());
        assertEquals("通道已清理，照片见附件", timeline.get(2).evidence());
        assertEquals(HazardState.RECTIFYING, timeline.get(2).fromState());
        assertEquals(HazardState.AWAITING_VERIFICATION, timeline.get(2).toState());
        assertEquals("现场核实", timeline.get(3).note());
        assertEquals(4, closed.hazard().version(), "version 1 at the report, one more per change");
    }

    @Test
    void aMajorHazardCannotBeRectifiedBeforeItsFiveFixes() throws Exception {
        long id = major(1, "zhang", EMERGENCY);
        SafeGridException e = Errors.expect(Kind.INVALID, "five_fixes_missing",
                () -> t.rectify(id, null, null, EMERGENCY, "zhang", zh()));
        assertEquals(List.of("responsiblePerson", "measures", "funds", "deadline", "contingencyPlan"),
                e.details().get("missing"));
        assertEquals("重大隐患须先落实五落实才能开始整改，缺少：责任、措施、资金、时限、预案", e.getMessage());
        assertEquals(HazardState.REPORTED, state(id));
        assertEquals(1, f.unit.count("SELECT COUNT(*) FROM SG_HAZ_TIMELINE WHERE HAZARD_ID = " + id));

        HazardRecord fixed = t.recordFixes(id, Fixture.fixes(TODAY.plusDays(20)), null, EMERGENCY, "zhang", zh());
        assertEquals(TODAY.plusDays(20), fixed.hazard().deadline());
        assertEquals(HazardEvents.FIXES_RECORDED, f.events.last().getTopic());
        assertEquals(HazardState.RECTIFYING, t.rectify(id, null, null, EMERGENCY, "zhang", zh()).hazard().state());
    }

    @Test
    void fixesWithGapsAreRefusedNamingEachOneAndChangeNothing() throws Exception {
        long id = major(1, "zhang", EMERGENCY);
        FiveFixes partial = new FiveFixes("张三", "  ", null, TODAY.plusDays(3), null);
        SafeGridException e = Errors.expect(Kind.INVALID, "validation_failed",
                () -> t.recordFixes(id, partial, null, EMERGENCY, "zhang", zh()));
        assertEquals("缺少五落实：措施、资金、预案", e.getMessage());
        assertEquals(Map.of("measures", "五落实缺少措施", "funds", "五落实缺少资金", "contingencyPlan", "五落实缺少预案"),
                e.details().get("fields"));
        assertNull(f.registry.get(id, ADMIN).orElseThrow().fiveFixes());
    }

    @Test
    void fixesAreRecordedWhileRectifyingToo_andMoveTheDeadline() {
        long id = major(1, "zhang", EMERGENCY);
        t.recordFixes(id, Fixture.fixes(TODAY.plusDays(10)), null, EMERGENCY, "zhang", zh());
        t.rectify(id, null, null, EMERGENCY, "zhang", zh());
        FiveFixes more = new FiveFixes("李四", "加固防火堤", new BigDecimal("12000.5"), TODAY.plusDays(15), "预案 B");
        HazardRecord changed = t.recordFixes(id, more, null, EMERGENCY, "zhang", zh());
        assertEquals(TODAY.plusDays(15), changed.hazard().deadline());
        assertEquals(new BigDecimal("12000.50"), changed.hazard().fiveFixes().funds());
        assertEquals("整改期限由 2026-12-08 改为 2026-12-13", f.registry.timeline(changed).get(3).note());

        t.submit(id, null, "已加固", null, EMERGENCY, "zhang", zh());
        Errors.expect(Kind.CONFLICT, "bad_transition",
                () -> t.recordFixes(id, more, null, EMERGENCY, "zhang", zh()));
    }

    @Test
    void aGeneralHazardHasNoFixes() {
        long id = general(1, "zhang", EMERGENCY);
        Errors.expect(Kind.CONFLICT, "not_major",
                () -> t.recordFixes(id, Fixture.fixes(TODAY), null, EMERGENCY, "zhang", zh()));
    }

    @Test
    void everyWrongStepIsABadTransitionNamingTheState() {
        long id = general(1, "zhang", EMERGENCY);
        SafeGridException e = Errors.expect(Kind.CONFLICT, "bad_transition",
                () -> t.submit(id, null, "done", null, EMERGENCY, "zhang", zh()));
        assertEquals("隐患当前状态为“已上报”，不能提交验收", e.getMessage());
        assertEquals("REPORTED", e.details().get("state"));
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> t.verify(id, true, null, null, EMERGENCY, "wang", zh()));

        t.rectify(id, null, null, EMERGENCY, "zhang", zh());
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> t.rectify(id, null, null, EMERGENCY, "zhang", zh()));
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> t.verify(id, false, "no", null, EMERGENCY, "wang", zh()));

        t.submit(id, null, "done", null, EMERGENCY, "zhang", zh());
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> t.submit(id, null, "again", null, EMERGENCY, "zhang",
                zh()));
        t.verify(id, true, null, null, EMERGENCY, "wang", zh());
        SafeGridException closed = Errors.expect(Kind.CONFLICT, "bad_transition",
                () -> t.rectify(id, null, null, EMERGENCY, "zhang", new FieldReader(true)));
        assertEquals("The hazard is closed; it cannot be moved into rectification", closed.getMessage());
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> t.verify(id, true, null, null, EMERGENCY, "li", zh()));
    }

    @Test
    void aRejectionSendsItBackToRectificationAndNeedsAReason() {
        long id = general(1, "zhang", EMERGENCY);
        t.rectify(id, null, null, EMERGENCY, "zhang", zh());
        t.submit(id, null, "done", null, EMERGENCY, "zhang", zh());
        assertEquals(Map.of("note", "退回整改时须写明原因"),
                Errors.fields(() -> t.verify(id, false, " ", null, EMERGENCY, "wang", zh())));
        assertEquals(Map.of("accepted", "不能为空"),
                Errors.fields(() -> t.verify(id, null, null, null, EMERGENCY, "wang", zh())));
        HazardRecord back = t.verify(id, false, "通道仍有杂物", null, EMERGENCY, "wang", zh());
        assertEquals(HazardState.RECTIFYING, back.hazard().state());
        assertNull(back.hazard().verifiedBy());
        assertEquals(HazardEvents.REJECTED, f.events.last().getTopic());
        assertEquals("RECTIFYING", f.events.last().getProperty(HazardEvents.STATE));
        t.submit(id, null, "再次清理", null, EMERGENCY, "zhang", zh());
        assertEquals(HazardState.CLOSED, t.verify(id, true, null, null, EMERGENCY, "wang", zh()).hazard().state());
    }

    @Test
    void nobodyVerifiesTheirOwnHazard() {
        long id = awaitingVerification(2, "zhang", EMERGENCY);
        SafeGridException e = Errors.expect(Kind.CONFLICT, "own_hazard",
                () -> t.verify(id, true, null, null, EMERGENCY, "zhang", zh()));
        assertEquals("该隐患由您上报，须由他人验收", e.getMessage());
        Errors.expect(Kind.CONFLICT, "own_hazard", () -> t.verify(id, true, null, null, ADMIN, "zhang", zh()));
        assertEquals(HazardState.AWAITING_VERIFICATION, state(id));
    }

    @Test
    void villageUsersDoNotVerifyAndOtherDepartmentsDoNotEvenSeeIt() {
        long id = awaitingVerification(1, "zhang", EMERGENCY);
        Errors.expect(Kind.FORBIDDEN, "not_verifier", () -> t.verify(id, true, null, null, BAISHIYI, "grid", zh()));
        long other = awaitingVerification(2, "zhang", EMERGENCY);
        // economic does not see 乙化工 (emergency + planning): not found, like any hazard out of scope
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> t.verify(other, true, null, null, ECONOMIC, "x", zh()));
        assertEquals(HazardState.AWAITING_VERIFICATION, state(id));
    }

    @Test
    void theSecondRegulatingDepartmentAndTheCommitteeVerify() {
        long id = awaitingVerification(2, "zhang", EMERGENCY);
        assertEquals(HazardState.CLOSED, t.verify(id, true, null, null, PLANNING, "li", zh()).hazard().state());
        long other = awaitingVerification(4, "zhang", EMERGENCY);
        assertEquals(HazardState.CLOSED, t.verify(other, true, null, null, COMMITTEE, "office", zh()).hazard()
                .state());
    }

    @Test
    void closingWithoutVerificationIsImpossible() {
        long id = general(1, "zhang", EMERGENCY);
        SafeGridException e = Errors.expect(Kind.CONFLICT, "verify_first", () -> t.close(id, ADMIN, false));
        assertEquals("REPORTED", e.details().get("state"));
        long waiting = awaitingVerification(1, "zhang", EMERGENCY);
        Errors.expect(Kind.CONFLICT, "verify_first", () -> t.close(waiting, ADMIN, true));
        t.verify(waiting, true, null, null, ADMIN, "boss", zh());
        Errors.expect(Kind.CONFLICT, "bad_transition", () -> t.close(waiting, ADMIN, false));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> t.close(id, PLANNING, false));
    }

    @Test
    void villageUsersSeeButDoNotChange() {
        long id = general(1, "grid", BAISHIYI);
        SafeGridException e = Errors.expect(Kind.FORBIDDEN, "forbidden",
                () -> t.rectify(id, null, null, BAISHIYI, "grid", zh()));
        assertEquals("您只能查看该隐患，不能修改", e.getMessage());
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> t.rectify(id, null, null, PLANNING, "li", zh()));
        assertEquals(HazardState.REPORTED, state(id));
    }

    @Test
    void aStaleVersionIsRefusedAndTheCurrentOneIsAccepted() {
        long id = general(1, "zhang", EMERGENCY);
        long version = f.registry.get(id, ADMIN).orElseThrow().version();
        t.rectify(id, null, version, EMERGENCY, "zhang", zh());
        SafeGridException e = Errors.expect(Kind.CONFLICT, "stale",
                () -> t.submit(id, null, "done", version, EMERGENCY, "zhang", zh()));
        assertEquals(version + 1, e.details().get("current"));
        assertEquals(HazardState.AWAITING_VERIFICATION,
                t.submit(id, null, "done", version + 1, EMERGENCY, "zhang", zh()).hazard().state());
    }

    @Test
    void theSameFixesAgainStillMoveTheVersion() {
        long id = major(1, "zhang", EMERGENCY);
        long v1 = t.recordFixes(id, Fixture.fixes(TODAY), null, EMERGENCY, "zhang", zh()).hazard().version();
        long v2 = t.recordFixes(id, Fixture.fixes(TODAY), null, EMERGENCY, "zhang", zh()).hazard().version();
        assertEquals(v1 + 1, v2);
    }

    @Test
    void submittingNeedsEvidence() {
        long id = general(1, "zhang", EMERGENCY);
        t.rectify(id, null, null, EMERGENCY, "zhang", zh());
        assertEquals(Map.of("evidence", "不能为空"),
                Errors.fields(() -> t.submit(id, "note", "", null, EMERGENCY, "zhang", zh())));
        assertEquals(Map.of("evidence", "不能超过 1000 个字符"),
                Errors.fields(() -> t.submit(id, null, "x".repeat(1001), null, EMERGENCY, "zhang", zh())));
        assertEquals(HazardState.RECTIFYING, state(id));
    }

    @Test
    void aChangeTakesTheEnterprisesCurrentDepartmentsFromTheRegistry() throws Exception {
        long id = general(1, "zhang", EMERGENCY);
        f.enterprises.add(1, "甲加油站（新名）", "emergency", "citymgmt", "baishiyi");
        HazardRecord changed = t.rectify(id, null, null, EMERGENCY, "zhang", zh());
        assertEquals("甲加油站（新名）", changed.hazard().enterpriseName());
        assertEquals("citymgmt", changed.secondDepartment());
        assertNotNull(f.registry.find(id, DataScope.of(java.util.Set.of("dept-citymgmt"))).orElse(null));
    }

    long awaitingVerification(long enterpriseId, String reporter, DataScope scope) {
        long id = general(enterpriseId, reporter, scope);
        t.rectify(id, null, null, scope, reporter, zh());
        t.submit(id, null, "已整改", null, scope, reporter, zh());
        return id;
    }
}
