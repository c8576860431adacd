package org.safegrid.hazards.internal.service;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.events.Publisher;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.lifecycle.Lifecycle;
import org.safegrid.hazards.internal.lifecycle.VerificationRules;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.persistence.HazardEntity;
import org.safegrid.hazards.internal.validation.Failures;
import org.safegrid.hazards.internal.validation.FieldReader;
import org.safegrid.hazards.internal.validation.FiveFixesRule;
import org.safegrid.hazards.internal.validation.FixField;
import org.safegrid.hazards.internal.validation.Message;

/**
 * Every change of a hazard after its report. Each one checks in this order: the hazard in scope (404), the caller's
 * right (403; 409 {@code own_hazard} for verifying one's own), the body (422), the version when the body has one (409
 * {@code stale}), the lifecycle (409 {@code bad_transition} naming the state) and its guards (422
 * {@code five_fixes_missing}); then stores the change with a timeline entry and publishes its event.
 */
@Component(service = HazardTransitions.class)
public class HazardTransitions {

    /** Notes and evidence in the timeline. */
    public static final int NOTE_MAX = 1000;

    private final HazardRegistry registry;
    private final HazardStore store;
    private final EnterpriseService enterprises;
    private final Publisher publisher;

    @Activate
    public HazardTransitions(@Reference HazardRegistry registry, @Reference HazardStore store,
            @Reference EnterpriseService enterprises, @Reference Publisher publisher) {
        this.registry = registry;
        this.store = store;
        this.enterprises = enterprises;
        this.publisher = publisher;
    }

    /**
     * Records or replaces the five fixes of a major hazard while it is reported or being rectified. The hazard's
     * deadline becomes the fixes' deadline.
     */
    public HazardRecord recordFixes(long id, FiveFixes fixes, Long version, DataScope scope, String user,
            FieldReader reader) {
        boolean english = reader.english();
        HazardRecord current = registry.require(id, scope, english);
        Enterprise enterprise = registry.changeableEnterprise(current, scope, english);
        if (current.hazard().level() != HazardLevel.MAJOR) {
            throw Failures.notMajor(english);
        }
        FiveFixes checked = FiveFixesRule.check(fixes, "", registry.today(), reader);
        reader.throwIfInvalid();
        return apply(id, scope, version, enterprise, user, english, HazardAction.RECORD_FIXES, h -> {
            step(h, HazardAction.RECORD_FIXES, english);
            String note = h.getDeadline() == null || h.getDeadline().equals(checked.deadline())
                    ? null
                    : Message.DEADLINE_MOVED.format(english, h.getDeadline(), checked.deadline());
            h.setFixes(checked);
            h.setDeadline(checked.deadline());
            return new Change.Entry(HazardAction.RECORD_FIXES, note, null);
        });
    }

    /** Starts the rectification; a major hazard needs all five fixes first. */
    public HazardRecord rectify(long id, String note, Long version, DataScope scope, String user,
            FieldReader reader) {
        boolean english = reader.english();
        HazardRecord current = registry.require(id, scope, english);
        Enterprise enterprise = registry.changeableEnterprise(current, scope, english);
        String text = reader.text("note", note, NOTE_MAX, false);
        reader.throwIfInvalid();
        return apply(id, scope, version, enterprise, user, english, HazardAction.RECTIFY, h -> {
            HazardState next = step(h, HazardAction.RECTIFY, english);
            if (h.getLevel() == HazardLevel.MAJOR) {
                List<FixField> missing = FiveFixesRule.missing(h.getFixes());
                if (!missing.isEmpty()) {
                    throw Failures.fiveFixesMissing(missing, english);
                }
            }
            h.setState(next);
            return new Change.Entry(HazardAction.RECTIFY, text, null);
        });
    }

    /** Submits the rectification for verification, with the evidence of what was done. */
    public HazardRecord submit(long id, String note, String evidence, Long version, DataScope scope, String user,
            FieldReader reader) {
        boolean english = reader.english();
        HazardRecord current = registry.require(id, scope, english);
        Enterprise enterprise = registry.changeableEnterprise(current, scope, english);
        String text = reader.text("note", note, NOTE_MAX, false);
        String proof = reader.text("evidence", evidence, NOTE_MAX, true);
        reader.throwIfInvalid();
        return apply(id, scope, version, enterprise, user, english, HazardAction.SUBMIT, h -> {
            h.setState(step(h, HazardAction.SUBMIT, english));
            return new Change.Entry(HazardAction.SUBMIT, text, proof);
        });
    }

    /**
     * Verifies a submitted rectification: accepted closes the hazard (销号), rejected sends it back to rectification
     * (a rejection must say why). Only someone other than the reporter, with {@link VerificationRules the right role}.
     */
    public HazardRecord verify(long id, Boolean accepted, String note, Long version, DataScope scope, String user,
            FieldReader reader) {
        boolean english = reader.english();
        HazardRecord current = registry.require(id, scope, english);
        Enterprise enterprise = enterprises.get(current.hazard().enterpriseId(), scope)
                .orElseThrow(() -> Failures.notVerifier(english));
        checkVerifier(scope, enterprise, current.hazard().reportedBy(), user, english);
        reader.required("accepted", accepted);
        String text = reader.text("note", note, NOTE_MAX, false);
        if (Boolean.FALSE.equals(accepted) && text == null) {
            reader.fail("note", Message.REJECT_NOTE);
        }
        reader.throwIfInvalid();
        HazardAction action = accepted ? HazardAction.ACCEPT : HazardAction.REJECT;
        return apply(id, scope, version, enterprise, user, english, action, h -> {
            HazardState next = step(h, action, english);
            checkVerifier(scope, enterprise, h.getReportedBy(), user, english);
            h.setState(next);
            if (action == HazardAction.ACCEPT) {
                h.verified(user, registry.now());
            }
            return new Change.Entry(action, text, null);
        });
    }

    /**
     * There is no closing without verification: 409 {@code verify_first} (or {@code bad_transition} for a hazard
     * closed already), after the 404 for a hazard outside the scope.
     */
    public HazardRecord close(long id, DataScope scope, boolean english) {
        HazardRecord current = registry.require(id, scope, english);
        HazardState state = current.hazard().state();
        if (state == HazardState.CLOSED) {
            throw Failures.badTransition(state, HazardAction.CLOSE, english);
        }
        throw Failures.verifyFirst(state, english);
    }

    /** Runs the change in the store, then publishes the action's event. */
    private HazardRecord apply(long id, DataScope scope, Long version, Enterprise enterprise, String user,
            boolean english, HazardAction action, Change change) {
        HazardRecord stored = store.change(id, scope, version, enterprise, user, registry.now(), registry.today(),
                english, change);
        publisher.publish(action, stored, user);
        return stored;
    }

    /** The state after the action, or 409 ({@code verify_first} for closing, {@code bad_transition} otherwise). */
    private static HazardState step(HazardEntity hazard, HazardAction action, boolean english) {
        return Lifecycle.next(hazard.getState(), action)
                .orElseThrow(() -> action == HazardAction.CLOSE && hazard.getState() != HazardState.CLOSED
                        ? Failures.verifyFirst(hazard.getState(), english)
                        : Failures.badTransition(hazard.getState(), action, english));
    }

    private static void checkVerifier(DataScope scope, Enterprise enterprise, String reportedBy, String user,
            boolean english) {
        VerificationRules.check(scope, enterprise.department(), enterprise.secondDepartment(), reportedBy, user)
                .ifPresent(refusal -> {
                    throw refusal == VerificationRules.Refusal.OWN_HAZARD
                            ? Failures.ownHazard(reportedBy, english)
                            : Failures.notVerifier(english);
                });
    }
}
