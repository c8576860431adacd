package org.safegrid.plates.internal.validation;

/** Messages for people, in Simplified Chinese and English; {@code {0}} takes an argument. */
public enum Message {
    // @formatter:off
    // 422 answers and their fields
    INVALID("输入有误，请检查标出的字段", "Some fields are invalid"),
    REQUIRED("不能为空", "is required"),
    TOO_LONG("不能超过 {0} 个字符", "must be at most {0} characters"),
    CONTROL_CHARACTERS("不能包含换行或控制字符", "must not contain line breaks or control characters"),
    BAD_CHOICE("只能是以下之一：{0}", "must be one of {0}"),
    BAD_PHONE("电话号码格式不正确（手机号或带区号的座机号）",
            "is not a valid phone number (a mobile number or a landline with area code)"),
    BAD_VERSION("版本号应为不小于 0 的整数", "must be a whole number from 0"),
    TOO_MANY("最多 {0} 人", "at most {0} people"),
    UNKNOWN_ROLE("未知的责任角色：{0}", "is not a known plate role: {0}"),
    ROLE_TWICE("角色“{0}”只能由一人担任", "role {0} may be held by one person only"),
    PERSON_TWICE("同一人员在该角色中重复出现", "the same person is given twice in this role"),
    ID_TWICE("人员编号 {0} 重复出现", "person id {0} is given twice"),
    POST_REQUIRED("岗位责任人须写明负责的重点场所、设备设施或工艺环节",
            "a post lead needs the key place, equipment or process step in their charge"),
    BAD_USERNAME("用户名只能由小写字母、数字、点、下划线和连字符组成（2–64 位）",
            "must be 2-64 lower-case letters, digits, dots, underscores or hyphens"),
    BAD_PERIOD("考核期格式应为 2026、2026-H1、2026-Q4 或 2026-11",
            "must be a period like 2026, 2026-H1, 2026-Q4 or 2026-11"),
    PERIOD_IN_FUTURE("考核期尚未开始", "has not begun yet"),
    BAD_SCORE("分数应为 0 到 100 的整数", "must be a whole number from 0 to 100"),
    NOT_ON_PLATE("不是该责任牌上的人员", "is not a person on this plate"),
    REWARD_FOR_FAILED("考核结果为不称职时不能给予奖励", "a failed appraisal cannot be followed by a reward"),

    // other errors
    ENTERPRISE_NOT_FOUND("企业 {0} 不存在或不在您的管辖范围内", "Enterprise {0} does not exist or is not in your scope"),
    ROLE_NOT_FOUND("责任角色 {0} 不存在", "Plate role {0} does not exist"),
    MAY_NOT_EDIT("您无权修改该企业的责任牌", "You may not change this enterprise's plate"),
    MAY_NOT_EDIT_DUTIES("只有管理员和安委会可以修改履职标准",
            "Only administrators and the committee may change duty standards"),
    STALE("责任牌已被他人修改，请刷新后重试", "Someone else changed this plate first; reload it and try again"),
    DUPLICATE_APPRAISAL("{0} 在该考核期已有考核记录", "{0} already has an appraisal for this period"),
    BAD_PARAMETER("参数 {0} 不正确", "Parameter {0} is invalid");
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

    /** The text in the language of a tag: English for {@code en...}, Chinese otherwise. */
    public String in(String language, Object argument) {
        return format(Languages.english(language), argument);
    }
}
