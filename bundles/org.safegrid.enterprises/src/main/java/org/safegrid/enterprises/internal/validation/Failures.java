package org.safegrid.enterprises.internal.validation;

import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;

/** The registry's 4xx answers, each with a stable code and a message in the caller's language. */
public final class Failures {

    public static final Text ENTERPRISE = new Text("企业", "Enterprise");
    public static final Text VILLAGE = new Text("村社区", "Village");
    public static final Text SECTOR = new Text("行业", "Sector");
    public static final Text IMPORT = new Text("导入任务", "Import job");

    private static final Text NOT_FOUND = new Text("{0} {1} 不存在", "{0} {1} does not exist");
    private static final Text STALE = new Text("该企业已被他人修改，请刷新后重试",
            "Someone else changed this enterprise first; reload it and try again");
    private static final Text DUPLICATE_CREDIT_CODE = new Text("统一社会信用代码 {0} 已登记",
            "An enterprise with credit code {0} is already registered");
    private static final Text READ_ONLY = new Text("您只能查看，不能登记或修改企业",
            "You may view enterprises but not register or change them");
    private static final Text NOT_YOUR_DEPARTMENT = new Text("只能登记或修改本部门（{0}）监管的企业",
            "You may only register or change enterprises regulated by your department ({0})");
    private static final Text ADMIN_ONLY = new Text("只有管理员可以修改村社区和行业",
            "Only an administrator may change villages and sectors");

    private Failures() {
    }

    public static SafeGridException notFound(boolean english, Text what, Object id) {
        return new SafeGridException(Kind.NOT_FOUND, "not_found",
                NOT_FOUND.format(english, what.format(english), id),
                Map.of("type", what.en().toLowerCase(java.util.Locale.ROOT), "id", String.valueOf(id)));
    }

    /** Someone changed the enterprise since the caller read it; {@code current} is its version now, if known. */
    public static SafeGridException stale(boolean english, Long current) {
        return new SafeGridException(Kind.CONFLICT, "stale", STALE.format(english),
                current == null ? Map.of() : Map.of("version", current));
    }

    public static SafeGridException duplicateCreditCode(boolean english, String creditCode) {
        return new SafeGridException(Kind.CONFLICT, "duplicate_credit_code",
                DUPLICATE_CREDIT_CODE.format(english, creditCode), Map.of("creditCode", creditCode));
    }

    /** A village user, or a user without any department, tried to change an enterprise. */
    public static SafeGridException readOnly(boolean english) {
        return SafeGridException.forbidden(READ_ONLY.format(english));
    }

    /** A department user tried to register or hand an enterprise to departments other than theirs. */
    public static SafeGridException notYourDepartment(boolean english, Iterable<String> departments) {
        return SafeGridException.forbidden(NOT_YOUR_DEPARTMENT.format(english, String.join(", ", departments)));
    }

    public static SafeGridException adminOnly(boolean english) {
        return SafeGridException.forbidden(ADMIN_ONLY.format(english));
    }

    /** A bad query parameter: 400 with {@code details.parameter}. */
    public static SafeGridException badParameter(String code, String parameter, String message) {
        return new SafeGridException(Kind.BAD_REQUEST, code, message, Map.of("parameter", parameter));
    }

    /** A value from a request, cut short for a message that echoes it. */
    public static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** A 409 about reference data (a code or a name taken). */
    public static SafeGridException conflict(String code, String message, String field, String value) {
        return new SafeGridException(Kind.CONFLICT, code, message, Map.of("field", field, "value", value));
    }
}
