package org.safegrid.plates.internal.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;

/**
 * Parses query and path parameters. They arrive as strings, so that a malformed one is a 400 with a clear message
 * rather than JAX-RS's default 404 for an unconvertible parameter.
 */
public final class QueryParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = EnterpriseQuery.MAX_SIZE;
    public static final int TEXT_MAX = 100;

    private static final Set<String> SORTS = Set.of("name", "creditCode", "riskLevel", "staffCount", "updatedAt");

    /** A validated page request. */
    public record Paging(int page, int size) {
        public int offset() {
            return (int) Math.min((long) page * size, Integer.MAX_VALUE);
        }
    }

    /** The enterprise filters of a list, as the registry takes them. */
    public record Filters(String text, String village, String department, String sector, String risk, String status,
            List<String> flags, String small, String sort) {
    }

    private QueryParams() {
    }

    /** An enterprise id from the path; anything but a positive number names no enterprise, so it is a 404. */
    public static long enterpriseId(String value, String language) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failures.enterpriseNotFound(quote(value), language);
    }

    /** Paging: page from 0 (default 0), size 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}). */
    public static Paging paging(String page, String size, String language) {
        return new Paging(integer("page", page, 0, 0, Integer.MAX_VALUE, language),
                integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE, language));
    }

    /** An optional positive id used as a filter. */
    public static Long optionalId(String name, String value, String language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return (long) integer(name, value, 0, 1, Integer.MAX_VALUE, language);
    }

    /** The enterprise filters with the page, as a registry query. */
    public static EnterpriseQuery enterprises(Filters f, Paging paging, String language) {
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
        if (text != null && text.length() > TEXT_MAX) {
            throw Failures.badParameter("text", "≤ " + TEXT_MAX, language);
        }
        Set<EnterpriseFlag> flags = EnumSet.noneOf(EnterpriseFlag.class);
        for (String flag : f.flags() == null ? List.<String>of() : f.flags()) {
            if (flag != null && !flag.isBlank()) {
                flags.add(constant("flag", flag, EnterpriseFlag.class, language));
            }
        }
        return new EnterpriseQuery(text, code(f.village()), code(f.department()), code(f.sector()),
                constant("risk", f.risk(), RiskLevel.class, language),
                constant("status", f.status(), EnterpriseStatus.class, language), flags,
                bool("small", f.small(), language), paging.page(), paging.size(), sort(f.sort(), language));
    }

    private static String sort(String value, String language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String sort = value.strip();
        if (!SORTS.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
            throw Failures.badParameter("sort", String.join(", ", SORTS.stream().sorted().toList()), language);
        }
        return sort;
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E constant(String name, String value, Class<E> type, String language) {
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

    private static Boolean bool(String name, String value, String language) {
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
