package org.safegrid.checklists.internal.validation;

import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;

/** The errors of the checklists API other than field validation, in the caller's language. */
public final class Failures {

    private Failures() {
    }

    /** 404: the enterprise does not exist or is outside the caller's scope (the two are not told apart). */
    public static SafeGridException enterpriseNotFound(Object id, String language) {
        return notFound("enterprise", id, Message.ENTERPRISE_NOT_FOUND, language);
    }

    public static SafeGridException templateNotFound(Object code, String language) {
        return notFound("template", code, Message.TEMPLATE_NOT_FOUND, language);
    }

    /** 404: the submission does not exist or its enterprise is outside the caller's scope. */
    public static SafeGridException submissionNotFound(Object id, String language) {
        return notFound("submission", id, Message.SUBMISSION_NOT_FOUND, language);
    }

    public static SafeGridException photoNotFound(Object id, String language) {
        return notFound("photo", id, Message.PHOTO_NOT_FOUND, language);
    }

    public static SafeGridException forbidden(Message message, String language) {
        return new SafeGridException(Kind.FORBIDDEN, "forbidden", message.in(language, null));
    }

    /** 409 {@code contributed_template}: a plug-in's template is changed only by its plug-in. */
    public static SafeGridException contributed(String code, String language) {
        return new SafeGridException(Kind.CONFLICT, "contributed_template", Message.CONTRIBUTED_TEMPLATE.in(language,
                null), Map.of("code", code));
    }

    /** 409 {@code duplicate_template}: the code is taken, by a custom or a contributed template. */
    public static SafeGridException duplicateTemplate(String code, String language) {
        return new SafeGridException(Kind.CONFLICT, "duplicate_template", Message.DUPLICATE_TEMPLATE.in(language,
                code), Map.of("code", code));
    }

    /** 409 {@code stale}: the template changed since the client read it, or two saves raced. */
    public static SafeGridException stale(String code, Integer expected, int current, String language) {
        return new SafeGridException(Kind.CONFLICT, "stale", Message.STALE.in(language, null),
                expected == null
                        ? Map.of("code", code, "current", current)
                        : Map.of("code", code, "expected", expected, "current", current));
    }

    /** 409 {@code already_submitted}: the enterprise submitted this template for the period already. */
    public static SafeGridException alreadySubmitted(String periodKey, long existing, String language) {
        return new SafeGridException(Kind.CONFLICT, "already_submitted", Message.ALREADY_SUBMITTED.in(language, null),
                existing > 0
                        ? Map.of("periodKey", periodKey, "submissionId", existing)
                        : Map.of("periodKey", periodKey));
    }

    /** 422 {@code period_not_due}: the period key names a period that may not be submitted today. */
    public static SafeGridException periodNotDue(Map<String, String> fields, String language) {
        return new SafeGridException(Kind.INVALID, "period_not_due", Message.PERIOD_NOT_DUE.in(language, null),
                Map.of("fields", fields));
    }

    /** 400 {@code bad_<name>}: a malformed query parameter. */
    public static SafeGridException badParameter(String name, String why, String language) {
        return new SafeGridException(Kind.BAD_REQUEST, "bad_" + name,
                Message.BAD_PARAMETER.in(language, name) + (why == null ? "" : ": " + why),
                Map.of("parameter", name));
    }

    /** The value for a message, cut short: it comes from the request and is echoed back. */
    public static String quote(String value) {
        if (value == null) {
            return "''";
        }
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    private static SafeGridException notFound(String type, Object id, Message message, String language) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found", message.in(language, id),
                Map.of("type", type, "id", String.valueOf(id)));
    }
}
