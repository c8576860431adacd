package org.safegrid.enterprises.internal.rest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.query.SortOrder;
import org.safegrid.enterprises.internal.validation.Failures;
import org.safegrid.enterprises.internal.validation.Text;

/**
 * Parses query parameters. They arrive as strings so that a malformed one is a 400 naming the parameter (code
 * {@code bad_<parameter>}, {@code details.parameter}) rather than JAX-RS's bare 404 for one it cannot convert.
 */
final class QueryParams {

    static final int DEFAULT_SIZE = 20;
    static final int TEXT_MAX = 200;

    private static final Text BAD_NUMBER = new Text("参数 {0} 应为 {1} 的整数，而不是“{2}”",
            "{0} must be a whole number {1}, not '{2}'");
    private static final Text BAD_CHOICE = new Text("参数 {0} 只能是 {1}，而不是“{2}”", "{0} must be one of {1}, not '{2}'");
    private static final Text BAD_BOOLEAN = new Text("参数 {0} 只能是 true 或 false，而不是“{1}”",
            "{0} must be true or false, not '{1}'");
    private static final Text TEXT_TOO_LONG = new Text("搜索文字不能超过 {0} 个字符", "text must be at most {0} characters");

    private final boolean english;

    QueryParams(boolean english) {
        this.english = english;
    }

    /** The filters of the list and the export. */
    record Filters(String text, String village, String department, String sector, String risk, String status,
            List<String> flags, String small, String sort) {
    }

    /** A query from the filters with paging; the export passes no page or size and gets the defaults. */
    EnterpriseQuery query(Filters f, String page, String size) {
        int p = integer("page", page, 0, 0, Integer.MAX_VALUE);
        int s = integer("size", size, DEFAULT_SIZE, 1, EnterpriseQuery.MAX_SIZE);
        String text = blankToNull(f.text());
        if (text != null && text.length() > TEXT_MAX) {
            throw Failures.badParameter("bad_text", "text", TEXT_TOO_LONG.format(english, TEXT_MAX));
        }
        SortOrder.orderBy(f.sort(), english); // a bad sort fails here, in the caller's language
        return new EnterpriseQuery(text, blankToNull(f.village()), blankToNull(f.department()),
                blankToNull(f.sector()), choice("risk", f.risk(), RiskLevel.class),
                choice("status", f.status(), EnterpriseStatus.class), flags(f.flags()), small(f.small()), p, s,
                blankToNull(f.sort()));
    }

    /** A path id: anything but a positive number names nothing, so it is a 404. */
    long id(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failures.notFound(english, Failures.ENTERPRISE, Failures.cut(value));
    }

    /** {@code true} or {@code false}; {@code fallback} when absent. */
    boolean bool(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Failures.badParameter("bad_" + name, name,
                    BAD_BOOLEAN.format(english, name, Failures.cut(value)));
        };
    }

    private Set<EnterpriseFlag> flags(List<String> values) {
        Set<EnterpriseFlag> flags = EnumSet.noneOf(EnterpriseFlag.class);
        if (values == null) {
            return flags;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    flags.add(choice("flag", part, EnterpriseFlag.class));
                }
            }
        }
        return flags;
    }

    private Boolean small(String value) {
        return value == null || value.isBlank() ? null : bool("small", value, false);
    }

    private <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw Failures.badParameter("bad_" + name, name,
                    BAD_CHOICE.format(english, name, allowed, Failures.cut(value)));
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
        String range = max == Integer.MAX_VALUE
                ? (english ? "from " + min : min + " 或以上")
                : (english ? "from " + min + " to " + max : min + " 到 " + max);
        throw Failures.badParameter("bad_" + name, name, BAD_NUMBER.format(english, name, range, Failures.cut(value)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
