package org.safegrid.hazards.internal.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.model.BoardFilter;
import org.safegrid.hazards.internal.model.BoardSort;
import org.safegrid.hazards.internal.validation.Failures;

/**
 * Parses query and path parameters. They arrive as strings so that a malformed one is a 400 naming the parameter
 * (code {@code bad_<parameter>}, {@code details.parameter}) rather than JAX-RS's bare 404 for one it cannot convert.
 */
final class QueryParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int TEXT_MAX = 200;
    static final int CODE_MAX = 40;

    private final boolean english;

    QueryParams(boolean english) {
        this.english = english;
    }

    /** The board's filters as they come in the query string. */
    record Filters(String enterpriseId, String department, String village, String state, String level,
            String source, String overdue, String text) {
    }

    BoardFilter filter(Filters f) {
        String text = blankToNull(f.text());
        if (text != null && text.length() > TEXT_MAX) {
            throw Failures.badParameter("text", english
                    ? "at most " + TEXT_MAX + " characters"
                    : "不能超过 " + TEXT_MAX + " 个字符", english);
        }
        return new BoardFilter(positive("enterpriseId", f.enterpriseId()), code("department", f.department()),
                code("village", f.village()), choice("state", f.state(), HazardState.class),
                choice("level", f.level(), HazardLevel.class), choice("source", f.source(), HazardSource.class),
                bool("overdue", f.overdue()), text);
    }

    BoardSort sort(String value) {
        String key = blankToNull(value);
        if (key == null) {
            return BoardSort.DEADLINE;
        }
        return BoardSort.of(key)
                .orElseThrow(() -> Failures.badParameter("sort", allowed(BoardSort.keys(), value), english));
    }

    int page(String value) {
        return integer("page", value, 0, 0, Integer.MAX_VALUE);
    }

    int size(String value) {
        return integer("size", value, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    /** A path id: anything but a positive number names no hazard, so it is a 404. */
    long hazardId(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failures.hazardNotFound(cut(value), english);
    }

    private Long positive(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            long number = Long.parseLong(text);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failures.badParameter(name, english
                ? "a positive whole number, not '" + cut(value) + "'"
                : "应为正整数，而不是“" + cut(value) + "”", english);
    }

    private String code(String name, String value) {
        String text = blankToNull(value);
        if (text != null && text.length() > CODE_MAX) {
            throw Failures.badParameter(name,
                    english ? "at most " + CODE_MAX + " characters" : "不能超过 " + CODE_MAX + " 个字符", english);
        }
        return text;
    }

    private Boolean bool(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Failures.badParameter(name, allowed("true, false", value), english);
        };
    }

    private <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw Failures.badParameter(name, allowed(names, value), english);
        }
    }

    private int integer(String name, String value, int fallback, int min, int max) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE
                ? (english ? "a whole number from " + min : "应为不小于 " + min + " 的整数")
                : (english ? "a whole number from " + min + " to " + max : "应为 " + min + " 到 " + max + " 的整数");
        throw Failures.badParameter(name,
                range + (english ? ", not '" + cut(value) + "'" : "，而不是“" + cut(value) + "”"), english);
    }

    private String allowed(String choices, String value) {
        return english
                ? "one of " + choices + ", not '" + cut(value) + "'"
                : "只能是 " + choices + "，而不是“" + cut(value) + "”";
    }

    /** A value from a request, cut short for a message that echoes it. */
    static String cut(String value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
