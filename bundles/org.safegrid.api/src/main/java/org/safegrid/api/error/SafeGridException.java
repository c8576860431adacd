package org.safegrid.api.error;

import java.util.Map;

/**
 * A failure the user can act on. The message is meant for people; {@link #code()} is stable and meant for programs;
 * {@link #details()} carries field-level information (for example which field failed and why).
 */
public class SafeGridException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String code;
    private final Map<String, Object> details;

    /** The kind of failure, which decides the HTTP status. */
    public enum Kind {
        BAD_REQUEST(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413), UNSUPPORTED(
                415), INVALID(422), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public SafeGridException(Kind kind, String code, String message, Map<String, ?> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public SafeGridException(Kind kind, String code, String message) {
        this(kind, code, message, null);
    }

    public static SafeGridException notFound(String what, Object id) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found", what + " " + id + " does not exist",
                Map.of("type", what, "id", String.valueOf(id)));
    }

    public static SafeGridException forbidden(String message) {
        return new SafeGridException(Kind.FORBIDDEN, "forbidden", message);
    }

    public static SafeGridException conflict(String code, String message) {
        return new SafeGridException(Kind.CONFLICT, code, message);
    }

    public static SafeGridException badRequest(String code, String message) {
        return new SafeGridException(Kind.BAD_REQUEST, code, message);
    }

    /** Validation failed; {@code fieldErrors} maps each field to what is wrong with it. */
    public static SafeGridException invalid(String message, Map<String, String> fieldErrors) {
        return new SafeGridException(Kind.INVALID, "validation_failed", message, Map.of("fields", fieldErrors));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
