package org.safegrid.reports.internal.rest;

import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.report.ReportPeriod;

/** The reports' 4xx answers, each with a stable code and a message in the caller's language. */
final class Failures {

    static final Text BAD_PERIOD = new Text("报告期“{0}”无效，应为 2026-11-28（日）、2026-W48（周）或 2026-11（月）",
            "'{0}' is no period; use 2026-11-28 (a day), 2026-W48 (a week) or 2026-11 (a month)");
    static final Text NO_PERIOD = new Text("请给出报告期（period）或起止日期（from 和 to）",
            "Give a period (period) or a date range (from and to)");
    static final Text BOTH_PERIODS = new Text("报告期（period）与起止日期（from、to）只能二选一",
            "Give either a period (period) or a date range (from and to), not both");
    static final Text HALF_RANGE = new Text("起止日期 from 和 to 必须同时给出", "from and to go together");
    static final Text BAD_DATE = new Text("{0} 应为日期，例如 2026-11-28，而不是“{1}”",
            "{0} must be a date like 2026-11-28, not '{1}'");
    static final Text BAD_RANGE = new Text("结束日期 {1} 早于开始日期 {0}", "The range ends ({1}) before it starts ({0})");
    static final Text RANGE_TOO_LONG = new Text("日期范围最长 {0} 天，所给范围为 {1} 天",
            "A date range covers at most {0} days, not {1}");
    static final Text FUTURE = new Text("报告期 {0} 尚未开始", "The period {0} has not started yet");
    static final Text NOT_A_MONTH = new Text("只能归档整月，例如 2026-10，而不是“{0}”",
            "Only whole months are archived, like 2026-10, not '{0}'");
    static final Text MONTH_NOT_OVER = new Text("{0} 尚未结束，结束后才能归档", "{0} is not over yet; archive it once it is");
    static final Text BAD_FORMAT = new Text("导出格式只能是 xlsx 或 pdf，而不是“{0}”",
            "The export format must be xlsx or pdf, not '{0}'");
    static final Text TOWN_ONLY = new Text("只有安委会办公室和管理员可以查看全镇报告",
            "Only the safety committee office and administrators may read the town report");
    static final Text OTHER_DEPARTMENT = new Text("只能查看本部门的报告", "You may only read your own department's report");
    static final Text OTHER_VILLAGE = new Text("只能查看本村社区的报告", "You may only read your own village's report");
    static final Text OTHER_ARCHIVE = new Text("无权查看该归档报告", "You may not read this archived report");
    static final Text ARCHIVE_ONLY_COMMITTEE = new Text("只有安委会办公室和管理员可以归档报告",
            "Only the safety committee office and administrators may archive reports");
    static final Text ALREADY_ARCHIVED = new Text("{0} 的报告已归档，归档报告不会重写",
            "The reports of {0} are archived already and are never rewritten");
    static final Text NOT_FOUND = new Text("{0} {1} 不存在", "{0} {1} does not exist");
    static final Text DEPARTMENT = new Text("部门", "Department");
    static final Text VILLAGE = new Text("村社区", "Village");
    static final Text ARCHIVE = new Text("归档报告", "Archived report");
    static final Text BAD_NUMBER = new Text("{0} 应为 {1} 至 {2} 之间的整数，而不是“{3}”",
            "{0} must be a whole number from {1} to {2}, not '{3}'");

    private Failures() {
    }

    static SafeGridException badRequest(String code, String parameter, String message) {
        return new SafeGridException(Kind.BAD_REQUEST, code, message, Map.of("parameter", parameter));
    }

    static SafeGridException forbidden(boolean english, Text text) {
        return SafeGridException.forbidden(text.format(english));
    }

    static SafeGridException notFound(boolean english, Text what, String id) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found",
                NOT_FOUND.format(english, what.format(english), cut(id)),
                Map.of("type", what.en().toLowerCase(java.util.Locale.ROOT), "id", cut(id)));
    }

    static SafeGridException alreadyArchived(boolean english, String month) {
        return new SafeGridException(Kind.CONFLICT, "already_archived", ALREADY_ARCHIVED.format(english, month),
                Map.of("period", month));
    }

    static SafeGridException rangeTooLong(boolean english, long days) {
        return new SafeGridException(Kind.BAD_REQUEST, "range_too_long",
                RANGE_TOO_LONG.format(english, ReportPeriod.MAX_DAYS, days),
                Map.of("maxDays", ReportPeriod.MAX_DAYS, "days", days));
    }

    /** A value from a request, cut short for a message that echoes it. */
    static String cut(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
