package org.safegrid.dept.agriculture.internal.validation;

/** The field messages of the 422 answers, in Simplified Chinese and English; {@code {0}} takes an argument. */
public enum Message {
    INVALID("输入有误，请检查标出的字段", "Some fields are invalid"), REQUIRED("不能为空", "is required"), TOO_LONG("不能超过 {0} 个字符",
            "must be at most {0} characters"), CONTROL_CHARACTERS("不能包含换行或控制字符",
                    "must not contain line breaks or control characters"), BAD_DATE("日期格式应为 2026-11-28",
                            "must be a date like 2026-11-28"), BAD_DATE_TIME("时间格式应为 2026-11-28T08:30:00",
                                    "must be a date-time like 2026-11-28T08:30:00"), BAD_CHOICE("只能是以下之一：{0}",
                                            "must be one of {0}"), BAD_PHONE("电话号码格式不正确（手机号或带区号的座机号）",
                                                    "is not a valid phone number (a mobile number or a landline with area code)"), BAD_CODE(
                                                            "只能包含字母、数字和连字符",
                                                            "may hold only letters, digits and hyphens"), BAD_NUMBER(
                                                                    "应为数字",
                                                                    "must be a number"), OUT_OF_RANGE("应在 {0} 之间",
                                                                            "must be within {0}"), TOO_PRECISE(
                                                                                    "最多保留 {0} 位小数",
                                                                                    "may have at most {0} decimals"), BAD_ID(
                                                                                            "应为正整数编号",
                                                                                            "must be a positive whole number"), IN_FUTURE(
                                                                                                    "不能晚于今天",
                                                                                                    "cannot be in the future"), TOO_OLD(
                                                                                                            "不能早于 {0}",
                                                                                                            "cannot be before {0}"), NO_SUCH_VILLAGE(
                                                                                                                    "村（社区）{0} 不存在",
                                                                                                                    "village {0} does not exist"), NO_SUCH_ENTERPRISE(
                                                                                                                            "企业 {0} 不存在或不在您的监管范围内",
                                                                                                                            "enterprise {0} does not exist or is outside your scope"), FINDINGS_REQUIRED(
                                                                                                                                    "检查不合格时须写明发现的问题",
                                                                                                                                    "describe what was found when the inspection failed"), DUPLICATE_CODE(
                                                                                                                                            "编号 {0} 已被使用",
                                                                                                                                            "code {0} is already taken");

    private final String zh;
    private final String en;

    Message(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The text in English when {@code english}, otherwise in Chinese, with {@code {0}} replaced by the argument. */
    public String format(boolean english, Object argument) {
        String text = english ? en : zh;
        return argument == null ? text : text.replace("{0}", String.valueOf(argument));
    }
}
