package org.safegrid.dept.culture.internal.validation;

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
    BAD_PHONE("电话号码格式不正确（手机号或带区号的座机号）", "is not a valid phone number (a mobile number or a landline with area code)"),
    BAD_NUMBER("应为 {0} 之间的整数", "must be a whole number from {0}"),
    END_NOT_AFTER_START("结束时间必须晚于开始时间", "must be after the start"),
    TOO_LONG_EVENT("一场活动不能超过 {0} 天", "an event lasts at most {0} days"),
    IN_FUTURE("不能晚于今天", "cannot be in the future"),
    AFTER_START("评估须在活动开始前完成", "must be before the event starts"),
    ONLY_WHEN_ASSESSED("未评估时应留空", "must be empty when there is no assessment"),
    NO_SUCH_ENTERPRISE("企业 {0} 不存在", "enterprise {0} does not exist"),
    ORGANISER_REQUIRED("请选择承办企业或填写承办单位名称", "name the organiser: pick an enterprise or give its name"),
    ORGANISER_TWICE("已选择承办企业时无需再填名称", "leave empty when an organiser enterprise is picked");
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
