package org.safegrid.checklists.internal.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Function;

/**
 * Parses query and path parameters. They arrive as strings, so that a malformed one is a 400 {@code bad_<name>} with a
 * clear message rather than JAX-RS's default 404 for an unconvertible parameter.
 */
public final class QueryParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** A validated page request. */
    public record Paging(int page, int size) {
    }

    private QueryParams() {
    }

    /** Paging: page from 0 (default 0), size 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}). */
    public static Paging paging(String page, String size, String language) {
        return new Paging(integer("page", page, 0, 0, 1_000_000, language),
                integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE, language));
    }

    /** A required positive id given as a query parameter. */
    public static long requiredId(String name, String value, String language) {
        if (value == null || value.isBlank()) {
            throw Failures.badParameter(name, "required", language);
        }
        return optionalId(name, value, language);
    }

    /** An optional positive id; null when absent. */
    public static Long optionalId(String name, String value, String language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failures.badParameter(name, "≥ 1", language);
    }

    /** An id in the path: anything but a positive number names nothing, so it is a 404 of that kind. */
    public static long pathId(String value, Function<String, RuntimeException> notFound) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw notFound.apply(Failures.quote(value));
    }

    /** An optional ISO date. */
    public static LocalDate date(String name, String value, String language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw Failures.badParameter(name, "yyyy-MM-dd", language);
        }
    }

    /** An optional code (a village, a department, a template). */
    public static String code(String name, String value, String language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (code.length() > 60) {
            throw Failures.badParameter(name, "≤ 60", language);
        }
        return code;
    }

    /** An optional constant of an enum, case-insensitive. */
    public static <E extends Enum<E>> E constant(String name, String value, Class<E> type, String language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Failures.badParameter(name,
                    String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList()), language);
        }
    }

    /** An optional boolean: {@code true} or {@code false}. */
    public static Boolean bool(String name, String value, String language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Failures.badParameter(name, "true, false", language);
        };
    }

    private static int integer(String name, String value, int fallback, int min, int max, String language) {
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
        throw Failures.badParameter(name, min + "–" + max, language);
    }
}
