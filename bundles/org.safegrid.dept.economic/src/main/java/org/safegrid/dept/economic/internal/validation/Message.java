package org.safegrid.dept.economic.internal.validation;

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
    IN_FUTURE("不能晚于今天", "cannot be in the future"),
    NO_SUCH_ENTERPRISE("企业 {0} 不存在或不在您的管辖范围内", "enterprise {0} does not exist or is outside your scope"),
    NOT_REGULATED("该企业不由经发办监管", "is not regulated by the Economic Development Office"),
    TOO_FEW_MEMBERS("团队成员至少 {0} 人", "a team needs at least {0} members"),
    TOO_MANY_MEMBERS("团队成员最多 {0} 人", "a team has at most {0} members"),
    DUPLICATE_MEMBER("成员重复", "is listed twice"),
    LEADER_AS_MEMBER("负责人无需重复列为成员", "the leader is not listed again as a member");
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
