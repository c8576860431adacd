package org.safegrid.enforcement.internal.validation;

import java.util.List;
import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.enforcement.api.CaseState;

/** The errors of the enforcement API other than field validation, in the caller's language. */
public final class Failures {

    private Failures() {
    }

    /** 404: the enterprise does not exist or is outside the caller's scope (the two are not told apart). */
    public static SafeGridException enterpriseNotFound(Object id, String language) {
        return notFound("enterprise", Message.ENTERPRISE_NOT_FOUND, id, language);
    }

    public static SafeGridException inspectionNotFound(Object id, String language) {
        return notFound("inspection", Message.INSPECTION_NOT_FOUND, id, language);
    }

    public static SafeGridException caseNotFound(Object id, String language) {
        return notFound("case", Message.CASE_NOT_FOUND, id, language);
    }

    /** 403: the enterprise is visible but the caller may not act on it. */
    public static SafeGridException mayNotEdit(String language) {
        return new SafeGridException(Kind.FORBIDDEN, "forbidden", Message.MAY_NOT_EDIT.in(language, null));
    }

    /** 409 {@code bad_transition}: the case's state does not allow the step. */
    public static SafeGridException badTransition(CaseState state, List<CaseState> allowedFrom, String language) {
        return new SafeGridException(Kind.CONFLICT, "bad_transition",
                Message.BAD_TRANSITION.in(language, Labels.state(state, language)),
                Map.of("state", state.name(), "allowedFrom", allowedFrom.stream().map(Enum::name).toList()));
    }

    /** 409 {@code stale}: someone changed the case since it was read. */
    public static SafeGridException stale(String language) {
        return new SafeGridException(Kind.CONFLICT, "stale", Message.STALE.in(language, null));
    }

    /** 400 {@code bad_<name>}: a malformed query parameter. */
    public static SafeGridException badParameter(String name, String why, String language) {
        return new SafeGridException(Kind.BAD_REQUEST, "bad_" + name,
                Message.BAD_PARAMETER.in(language, name) + (why == null ? "" : ": " + why),
                Map.of("parameter", name));
    }

    /** 400 {@code bad_period}: from after to. */
    public static SafeGridException badPeriod(String language) {
        return new SafeGridException(Kind.BAD_REQUEST, "bad_period", Message.BAD_PERIOD.in(language, null),
                Map.of("parameter", "from"));
    }

    /** 503 {@code hazards_unavailable}: the hazards module is not running. */
    public static SafeGridException hazardsUnavailable(String language) {
        return new SafeGridException(Kind.UNAVAILABLE, "hazards_unavailable",
                Message.HAZARDS_UNAVAILABLE.in(language, null));
    }

    private static SafeGridException notFound(String type, Message message, Object id, String language) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found", message.in(language, id),
                Map.of("type", type, "id", String.valueOf(id)));
    }
}
