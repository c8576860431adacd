package org.safegrid.enforcement.internal.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.BiFunction;

import org.safegrid.api.error.SafeGridException;

/**
 * Parses query and path parameters. They arrive as strings, so that a malformed one is a 400 {@code bad_<name>} with a
 * clear message rather than JAX-RS's default 404 for an unconvertible parameter.
 */
public final class QueryParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int CODE_MAX = 60;

    /** A validated page request. */
    public record Paging(int page, int size) {
    }

    private final String language;

    public QueryParams(String language) {
        this.language = language;
    }

    /**
     * An id from the path; anything but a positive number names nothing, so it is a 404 made by {@code notFound}.
     */
    public long pathId(String value, BiFunction<Object, String, SafeGridException> notFound) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw notFound.apply(quote(value), language);
    }

    /** Paging: page from 0 (default 0), size 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}). */
    public Paging paging(String page, String size) {
        return new Paging(integer("page", page, 0, 0, Integer.MAX_VALUE),
                integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /** An optional positive id used as a filter. */
    public Long optionalId(String name, String value) {
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

    /** An optional code (department, village, violation kind): trimmed, one line, at most {@value #CODE_MAX}. */
    public String code(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (code.length() > CODE_MAX || code.chars().anyMatch(Character::isISOControl)) {
            throw Failures.badParameter(name, "≤ " + CODE_MAX, language);
        }
        return code;
    }

    public <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
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

    public Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Failures.badParameter(name, "true, false", language);
        };
    }

    /** An optional ISO date. */
    public LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Failures.badParameter(name, "2026-11-28", language);
        }
    }

    /** Checks that a period's {@code from} is not after its {@code to}. */
    public void period(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw Failures.badPeriod(language);
        }
    }

    private int integer(String name, String value, int fallback, int min, int max) {
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
        throw Failures.badParameter(name, max == Integer.MAX_VALUE ? "≥ " + min : min + "–" + max, language);
    }

    /** The value for a message, cut short: it comes from the request and is echoed back. */
    static String quote(String value) {
        if (value == null) {
            return "''";
        }
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
