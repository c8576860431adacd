package org.safegrid.hazards.internal.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.lifecycle.HazardAction;

/** The hazards' answers other than field validation, each with a stable code and a message in the caller's language. */
public final class Failures {

    private Failures() {
    }

    /** 404: the hazard does not exist or is outside the caller's scope (the two are not told apart). */
    public static SafeGridException hazardNotFound(Object id, boolean english) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found", Message.HAZARD_NOT_FOUND.format(english, id),
                Map.of("type", "hazard", "id", String.valueOf(id)));
    }

    /** 404: the enterprise does not exist or is outside the caller's scope. */
    public static SafeGridException enterpriseNotFound(Object id, boolean english) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found", Message.ENTERPRISE_NOT_FOUND.format(english, id),
                Map.of("type", "enterprise", "id", String.valueOf(id)));
    }

    /** 403: the hazard is visible, but the caller may not change its enterprise's data (village users). */
    public static SafeGridException mayNotChange(boolean english) {
        return SafeGridException.forbidden(Message.MAY_NOT_CHANGE.format(english));
    }

    /** 403 {@code not_verifier}: the caller's roles do not allow verifying this hazard. */
    public static SafeGridException notVerifier(boolean english) {
        return new SafeGridException(Kind.FORBIDDEN, "not_verifier", Message.NOT_VERIFIER.format(english));
    }

    /** 409 {@code own_hazard}: the reporter tried to verify their own hazard. */
    public static SafeGridException ownHazard(String reportedBy, boolean english) {
        return new SafeGridException(Kind.CONFLICT, "own_hazard", Message.OWN_HAZARD.format(english),
                Map.of("reportedBy", reportedBy));
    }

    /** 409 {@code stale}: the hazard changed since the client read it. */
    public static SafeGridException stale(Long expected, Long current, boolean english) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (expected != null) {
            details.put("expected", expected);
        }
        if (current != null) {
            details.put("current", current);
        }
        return new SafeGridException(Kind.CONFLICT, "stale", Message.STALE.format(english), details);
    }

    /** 409 {@code bad_transition}: the action is not allowed in the hazard's current state. */
    public static SafeGridException badTransition(HazardState state, HazardAction action, boolean english) {
        return new SafeGridException(Kind.CONFLICT, "bad_transition",
                Message.BAD_TRANSITION.format(english, Labels.state(state, english), Labels.action(action, english)),
                Map.of("state", state.name(), "action", action.name()));
    }

    /** 409 {@code verify_first}: closing is only the outcome of a verification. */
    public static SafeGridException verifyFirst(HazardState state, boolean english) {
        return new SafeGridException(Kind.CONFLICT, "verify_first", Message.VERIFY_FIRST.format(english),
                Map.of("state", state.name()));
    }

    /** 422 {@code five_fixes_missing}: a major hazard cannot move into rectification yet. */
    public static SafeGridException fiveFixesMissing(List<FixField> missing, boolean english) {
        return new SafeGridException(Kind.INVALID, "five_fixes_missing",
                Message.FIVE_FIXES_MISSING.format(english, FiveFixesRule.names(missing, english)),
                Map.of("missing", missing.stream().map(FixField::field).toList()));
    }

    /** 409 {@code not_major}: five fixes for a general hazard. */
    public static SafeGridException notMajor(boolean english) {
        return new SafeGridException(Kind.CONFLICT, "not_major", Message.NOT_MAJOR.format(english));
    }

    /** 400 {@code bad_<name>}: a malformed query parameter, with {@code details.parameter}. */
    public static SafeGridException badParameter(String name, String why, boolean english) {
        return new SafeGridException(Kind.BAD_REQUEST, "bad_" + name, Message.BAD_PARAMETER.format(english, name, why),
                Map.of("parameter", name));
    }
}
