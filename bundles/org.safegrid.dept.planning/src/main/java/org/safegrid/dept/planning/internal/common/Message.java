package org.safegrid.dept.planning.internal.common;

/** The field messages of the 422 answers, in Simplified Chinese and English; {@code {0}} takes an argument. */
public enum Message {
    // @formatter:off
    INVALID("输入有误，请检查标出的字段", "Some fields are invalid"),
    REQUIRED("不能为空", "is required"),
    TOO_LONG("不能超过 {0} 个字符", "must be at most {0} characters"),
    CONTROL_CHARACTERS("不能包含换行或控制字符", "must not contain line breaks or control characters"),
    BAD_DATE("日期格式应为 2026-11-28", "must be a date like 2026-11-28"),
    BAD_DATE_TIME("时间格式应为 2026-11-28T08:30:00", "must be a date-time like 2026-11-28T08:30:00"),
    BAD_CHOICE("只能是以下之一：{0}", "must be one of {0}"),
    BAD_PHONE("电话号码格式不正确（手机号或带区号的座机号）",
            "is not a valid phone number (a mobile number or a landline with area code)"),
    END_BEFORE_START("计划竣工日期不能早于开工日期", "must not be before the start date"),
    NO_SUCH_ENTERPRISE("企业 {0} 不存在或不在您的监管范围内", "enterprise {0} does not exist or is not yours to supervise"),
    BAD_ID("应为有效的整数", "must be a valid whole number"),
    PERMIT_REQUIRED("开工后必须填写施工许可证编号", "is required once work has started"),
    BAD_PERMIT("施工许可证编号只能包含字母、数字和连字符", "may hold only letters, digits and hyphens"),
    VERSION_REQUIRED("修改时必须提供版本号", "is required when changing a project");
    // @formatter:on

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
