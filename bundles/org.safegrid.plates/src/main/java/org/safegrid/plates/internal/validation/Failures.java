package org.safegrid.plates.internal.validation;

import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;

/** The errors of the plates API other than field validation, in the caller's language. */
public final class Failures {

    private Failures() {
    }

    /** 404: the enterprise does not exist or is outside the caller's scope (the two are not told apart). */
    public static SafeGridException enterpriseNotFound(Object id, String language) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found", Message.ENTERPRISE_NOT_FOUND.in(language, id),
                Map.of("type", "enterprise", "id", String.valueOf(id)));
    }

    public static SafeGridException roleNotFound(String code, String language) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found", Message.ROLE_NOT_FOUND.in(language, code),
                Map.of("type", "role", "id", String.valueOf(code)));
    }

    /** 403: the plate is visible but the caller may not change it. */
    public static SafeGridException mayNotEdit(String language) {
        return new SafeGridException(Kind.FORBIDDEN, "forbidden", Message.MAY_NOT_EDIT.in(language, null));
    }

    public static SafeGridException mayNotEditDuties(String language) {
        return new SafeGridException(Kind.FORBIDDEN, "forbidden", Message.MAY_NOT_EDIT_DUTIES.in(language, null));
    }

    /** 409 {@code stale}: the plate changed since the client read it. */
    public static SafeGridException stale(long expected, Long current, String language) {
        return new SafeGridException(Kind.CONFLICT, "stale", Message.STALE.in(language, null),
                current == null ? Map.of("expected", expected) : Map.of("expected", expected, "current", current));
    }

    /** 409 {@code duplicate_appraisal}: the person already has an appraisal for the period. */
    public static SafeGridException duplicateAppraisal(String person, String period, String language) {
        return new SafeGridException(Kind.CONFLICT, "duplicate_appraisal",
                Message.DUPLICATE_APPRAISAL.in(language, person), Map.of("period", period));
    }

    /** 400 {@code bad_<name>}: a malformed query parameter. */
    public static SafeGridException badParameter(String name, String why, String language) {
        return new SafeGridException(Kind.BAD_REQUEST, "bad_" + name,
                Message.BAD_PARAMETER.in(language, name) + (why == null ? "" : ": " + why),
                Map.of("parameter", name));
    }
}
