package org.safegrid.enforcement.internal.validation;

/** Messages for people, in Simplified Chinese and English; {@code {0}} takes an argument. */
public enum Message {
    // @formatter:off
    // 422 answers and their fields
    INVALID("输入有误，请检查标出的字段", "Some fields are invalid"),
    LEGAL_BASIS_MISSING("处罚决定必须写明法律依据", "A penalty decision needs its legal basis"),
    REQUIRED("不能为空", "is required"),
    TOO_LONG("不能超过 {0} 个字符", "must be at most {0} characters"),
    CONTROL_CHARACTERS("不能包含换行或控制字符", "must not contain line breaks or control characters"),
    BAD_CHOICE("只能是以下之一：{0}", "must be one of {0}"),
    BAD_DATE("应为日期，格式如 2026-11-28", "must be a date like 2026-11-28"),
    DATE_IN_FUTURE("不能晚于今天", "must not be later than today"),
    DATE_TOO_EARLY("不能早于 {0}", "must not be earlier than {0}"),
    DATE_TOO_LATE("不能晚于 {0}", "must not be later than {0}"),
    DEADLINE_IN_PAST("整改期限不能早于今天", "the deadline must be today or later"),
    AMOUNT_NOT_POSITIVE("金额必须大于 0", "must be more than 0"),
    AMOUNT_FORMAT("金额最多两位小数，且不超过 999999999999.99 元",
            "must have at most two decimals and be at most 999999999999.99 yuan"),
    BAD_ID("应为正整数", "must be a positive whole number"),
    INSPECTION_UNKNOWN("检查记录不存在或不在您的管辖范围内", "is not an inspection in your scope"),
    INSPECTION_OTHER_ENTERPRISE("该检查记录属于其他企业", "is an inspection of another enterprise"),
    ENTERPRISE_UNKNOWN("企业不存在或不在您的管辖范围内", "is not an enterprise in your scope"),

    // other errors
    ENTERPRISE_NOT_FOUND("企业 {0} 不存在或不在您的管辖范围内", "Enterprise {0} does not exist or is not in your scope"),
    INSPECTION_NOT_FOUND("检查记录 {0} 不存在或不在您的管辖范围内",
            "Inspection {0} does not exist or is not in your scope"),
    CASE_NOT_FOUND("执法案件 {0} 不存在或不在您的管辖范围内", "Enforcement case {0} does not exist or is not in your scope"),
    MAY_NOT_EDIT("您无权对该企业执法（村社区用户只能查看）",
            "You may not take enforcement action on this enterprise (village users may only read)"),
    BAD_TRANSITION("案件当前为“{0}”，不能进行这一步", "The case is {0}; this step is not allowed now"),
    STALE("案件已被他人修改，请刷新后重试", "Someone else changed this case first; reload it and try again"),
    BAD_PARAMETER("参数 {0} 不正确", "Parameter {0} is invalid"),
    BAD_PERIOD("开始日期不能晚于结束日期", "from must not be later than to"),
    HAZARDS_UNAVAILABLE("隐患模块未运行，暂时无法上报隐患", "The hazards module is not running; hazards cannot be reported now");
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
