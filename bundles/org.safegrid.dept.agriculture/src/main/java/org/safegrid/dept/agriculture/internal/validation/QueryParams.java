package org.safegrid.dept.agriculture.internal.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.agriculture.internal.model.PageRequest;

/**
 * Parses query and path parameters. They arrive as strings so that a malformed one is a 400 with a clear message
 * rather than JAX-RS's default 404 for an unconvertible query parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /**
     * Paging and an inclusive date range.
     *
     * @param page from 0; default 0
     * @param size 1 to {@value PageRequest#MAX_SIZE}; default {@value PageRequest#DEFAULT_SIZE}
     * @param from first day, ISO date, optional
     * @param to last day, ISO date, optional, not before {@code from}
     */
    public static PageRequest page(String page, String size, String from, String to) {
        int p = integer("page", page, 0, 0, Integer.MAX_VALUE);
        int s = integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw SafeGridException.badRequest("bad_range", "to (" + last + ") is before from (" + first + ")");
        }
        return new PageRequest(p, s, first, last);
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

    private static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max;
        throw SafeGridException.badRequest("bad_" + name, name + " must be a whole number " + range + ", not "
                + quote(value));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw SafeGridException.badRequest("bad_" + name,
                    name + " must be a date like 2026-11-28, not " + quote(value));
        }
    }

    /** An optional filter that must be one of the constants of {@code type}. */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw SafeGridException.badRequest("bad_" + name, name + " must be one of "
                + java.util.Arrays.toString(type.getEnumConstants()) + ", not " + quote(value));
    }

    /** An optional free-text filter, at most 100 characters. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 100) {
            throw SafeGridException.badRequest("bad_" + name, name + " must be at most 100 characters");
        }
        return value.strip();
    }

    /** An optional yes/no filter: true or false. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw SafeGridException.badRequest("bad_" + name, name + " must be true or false, not "
                    + quote(value));
        };
    }

    /** The value for a message, cut short: it comes from the request and is echoed back. */
    static String quote(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
