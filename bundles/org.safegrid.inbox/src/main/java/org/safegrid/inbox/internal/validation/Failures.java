package org.safegrid.inbox.internal.validation;

import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;

/** The inbox's 4xx answers, each with a stable code and a message in the caller's language. */
public final class Failures {

    private static final Text NOT_OWED = new Text("您的角色无需填报“{0}”（需要角色 {1}{2}）",
            "Your roles do not owe '{0}' (it needs the role {1}{2})");
    private static final Text WITH_UNIT = new Text("，并同时持有部门或村社区角色", " together with a department or village role");
    private static final Text FUTURE = new Text("周期 {0} 尚未开始，不能提前填报",
            "Period {0} has not begun; it cannot be recorded yet");
    private static final Text TOO_OLD = new Text("周期 {0} 已结束超过 {1} 天，不能再补报",
            "Period {0} ended more than {1} days ago; it can no longer be recorded");
    private static final Text NOT_WORKING_DAY = new Text("{0} 不是工作日，当天无需填报",
            "{0} is not a working day; nothing is owed");
    private static final Text ALREADY_RECORDED = new Text("“{0}”周期 {1} 已填报",
            "'{0}' for period {1} is already recorded");
    private static final Text TEAM_FORBIDDEN = new Text("只有本单位的负责人、安委办和管理员可以查看单位的履职记录",
            "Only the unit's head, the committee office and administrators may view a unit's duty entries");
    private static final Text ALERT_NOT_FOUND = new Text("提醒 {0} 不存在", "Alert {0} does not exist");

    private Failures() {
    }

    /** A kind the caller's roles do not owe: 403 {@code duty_not_owed}. */
    public static SafeGridException notOwed(boolean english, String kind, String role, boolean needsUnit) {
        String unit = needsUnit ? WITH_UNIT.format(english) : "";
        return new SafeGridException(Kind.FORBIDDEN, "duty_not_owed", NOT_OWED.format(english, kind, role, unit),
                Map.of("kind", kind, "role", role));
    }

    /** The period is not one the caller may record now: 422 {@code period_not_due}, {@code details.reason}. */
    public static SafeGridException periodNotDue(boolean english, String periodKey, NotDue reason, int windowDays) {
        String message = switch (reason) {
            case FUTURE -> FUTURE.format(english, periodKey);
            case TOO_OLD -> TOO_OLD.format(english, periodKey, windowDays);
            case NOT_WORKING_DAY -> NOT_WORKING_DAY.format(english, periodKey);
        };
        return new SafeGridException(Kind.INVALID, "period_not_due", message,
                Map.of("periodKey", periodKey, "reason", reason.code()));
    }

    /** Why a period may not be recorded. */
    public enum NotDue {
        FUTURE("future"), TOO_OLD("too_old"), NOT_WORKING_DAY("not_working_day");

        private final String code;

        NotDue(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static SafeGridException alreadyRecorded(boolean english, String kind, String periodKey) {
        return new SafeGridException(Kind.CONFLICT, "already_recorded",
                ALREADY_RECORDED.format(english, kind, periodKey), Map.of("kind", kind, "periodKey", periodKey));
    }

    public static SafeGridException teamForbidden(boolean english) {
        return SafeGridException.forbidden(TEAM_FORBIDDEN.format(english));
    }

    public static SafeGridException alertNotFound(boolean english, Object id) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found", ALERT_NOT_FOUND.format(english, id),
                Map.of("type", "alert", "id", String.valueOf(id)));
    }

    /** A bad query parameter: 400 {@code bad_<parameter>} with {@code details.parameter}. */
    public static SafeGridException badParameter(String parameter, String message) {
        return new SafeGridException(Kind.BAD_REQUEST, "bad_" + parameter, message, Map.of("parameter", parameter));
    }

    /** A value from a request, cut short for a message that echoes it. */
    public static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
