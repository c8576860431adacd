package org.safegrid.dept.planning.internal.common;

import org.safegrid.api.error.SafeGridException;

/**
 * Parses query and path parameters. They arrive as strings so that a malformed one is a 400 {@code bad_<name>} with a
 * clear message rather than JAX-RS's default 404 for an unconvertible query parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** Paging: page from 0 (default 0), size 1 to {@value PageRequest#MAX_SIZE} (default 20). */
    public static PageRequest page(String page, String size) {
        int p = (int) number("page", page, 0, 0, Integer.MAX_VALUE);
        int s = (int) number("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return new PageRequest(p, s, null, null);
    }

    /** An optional enum filter by its exact name. */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw bad(name, name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not "
                + quote(value));
    }

    /** An optional positive id filter. */
    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return number(name, value, 0, 1, Long.MAX_VALUE);
    }

    /** An optional free-text filter, at most 100 characters. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > 100) {
            throw bad(name, name + " must be at most 100 characters");
        }
        return text;
    }

    /** An id from the path; anything but a positive number names nothing, so it is a 404. */
    public static long id(String what, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SafeGridException.notFound(what, value);
    }

    private static long number(String name, String value, long fallback, long min, long max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max >= Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max;
        throw bad(name, name + " must be a whole number " + range + ", not " + quote(value));
    }

    private static SafeGridException bad(String name, String message) {
        return new SafeGridException(SafeGridException.Kind.BAD_REQUEST, "bad_" + name, message,
                java.util.Map.of("parameter", name));
    }

    /** The value for a message, cut short: it comes from the request and is echoed back. */
    static String quote(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
