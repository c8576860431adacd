package org.safegrid.inbox.internal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.safegrid.inbox.internal.validation.Failures;
import org.safegrid.inbox.internal.validation.Text;

/**
 * Parses query and path parameters. They arrive as strings so that a malformed one is a 400 naming the parameter (code
 * {@code bad_<parameter>}, {@code details.parameter}) rather than JAX-RS's bare 404.
 */
final class QueryParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private static final Text BAD_NUMBER = new Text("参数 {0} 应为 {1} 的整数，而不是“{2}”",
            "{0} must be a whole number {1}, not '{2}'");
    private static final Text BAD_DATE = new Text("参数 {0} 应为日期，如 2026-11-28，而不是“{1}”",
            "{0} must be a date like 2026-11-28, not '{1}'");
    private static final Text BAD_RANGE = new Text("结束日期 {0} 早于开始日期 {1}", "to ({0}) is before from ({1})");
    private static final Text BAD_BOOLEAN = new Text("参数 {0} 只能是 true 或 false，而不是“{1}”",
            "{0} must be true or false, not '{1}'");
    private static final Text BAD_UNIT = new Text("请只指定 department、village 或 committee=true 之一",
            "name exactly one of department, village or committee=true");
    private static final Text BAD_CODE = new Text("参数 {0} 应为小写字母、数字或连字符，而不是“{1}”",
            "{0} must be lower-case letters, digits or hyphens, not '{1}'");

    private final boolean english;

    QueryParams(boolean english) {
        this.english = english;
    }

    /** A page request. */
    record Paging(int page, int size) {
    }

    /** An inclusive range of days; either end may be null. */
    record Range(LocalDate from, LocalDate to) {
    }

    Paging paging(String page, String size) {
        return new Paging(integer("page", page, 0, 0, Integer.MAX_VALUE),
                integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    Range range(String from, String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw Failures.badParameter("range", BAD_RANGE.format(english, last, first));
        }
        return new Range(first, last);
    }

    boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Failures.badParameter(name, BAD_BOOLEAN.format(english, name, Failures.cut(value)));
        };
    }

    /** A department id or village code: lower-case letters, digits and hyphens; null when absent. */
    String code(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw Failures.badParameter(name, BAD_CODE.format(english, name, Failures.cut(value)));
        }
        return code;
    }

    /** Exactly one of the three must name the unit; 400 {@code bad_unit} otherwise. */
    void oneUnit(String department, String village, boolean committee) {
        int named = (department != null ? 1 : 0) + (village != null ? 1 : 0) + (committee ? 1 : 0);
        if (named != 1) {
            throw Failures.badParameter("unit", BAD_UNIT.format(english));
        }
    }

    /** A path id: anything but a positive number names nothing, so it is a 404. */
    long alertId(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failures.alertNotFound(english, Failures.cut(String.valueOf(value)));
    }

    private LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Failures.badParameter(name, BAD_DATE.format(english, name, Failures.cut(value)));
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
        throw Failures.badParameter(name, BAD_NUMBER.format(english, name, range, Failures.cut(value)));
    }
}
