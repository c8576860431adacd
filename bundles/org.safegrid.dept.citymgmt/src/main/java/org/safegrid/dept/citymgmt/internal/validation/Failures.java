package org.safegrid.dept.citymgmt.internal.validation;

import java.sql.SQLException;
import java.util.Map;

import org.safegrid.api.error.SafeGridException;

/** The 404 and 409 answers, in the caller's language. */
public final class Failures {

    private Failures() {
    }

    private static boolean english(String language) {
        return language != null && language.toLowerCase().startsWith("en");
    }

    public static SafeGridException notFound(String language, String whatZh, String whatEn, Object id) {
        String message = english(language) ? whatEn + " " + id + " does not exist" : whatZh + " " + id + " 不存在";
        return new SafeGridException(SafeGridException.Kind.NOT_FOUND, "not_found", message,
                Map.of("type", whatEn, "id", String.valueOf(id)));
    }

    /** Someone changed the record since the caller read it. */
    public static SafeGridException stale(String language) {
        return SafeGridException.conflict("stale", english(language)
                ? "Someone else changed this record meanwhile; reload it and make your change again"
                : "该记录已被他人修改，请刷新后重新编辑");
    }

    /** The code is taken; the field message goes under {@code details.fields.code} like a 422's. */
    public static SafeGridException duplicateCode(String language, String code) {
        boolean en = english(language);
        return new SafeGridException(SafeGridException.Kind.CONFLICT, "duplicate_code",
                en ? "The code " + code + " is already taken" : "编号 " + code + " 已被使用",
                Map.of("fields", Map.of("code", Message.DUPLICATE_CODE.format(en, code))));
    }

    /** Whether a failure was the database refusing a duplicate key (SQL state class 23). */
    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
