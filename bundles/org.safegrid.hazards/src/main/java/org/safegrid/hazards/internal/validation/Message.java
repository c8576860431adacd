package org.safegrid.hazards.internal.validation;

/** Messages for people, in Simplified Chinese and English; {@code {0}}, {@code {1}} take arguments. */
public enum Message {
    // @formatter:off
    // 422 answers and their fields
    INVALID("输入有误，请检查标出的字段", "Some fields are invalid"),
    REQUIRED("不能为空", "is required"),
    TOO_LONG("不能超过 {0} 个字符", "must be at most {0} characters"),
    CONTROL_CHARACTERS("不能包含换行或控制字符", "must not contain line breaks or control characters"),
    CONTROL_CHARACTERS_TEXT("不能包含控制字符", "must not contain control characters"),
    BAD_DATE("日期格式应为 2026-11-28", "must be a date like 2026-11-28"),
    BAD_CHOICE("只能是以下之一：{0}", "must be one of {0}"),
    BAD_ID("应为正整数", "must be a positive whole number"),
    BAD_AMOUNT("应为金额，例如 5000 或 5000.50", "must be an amount such as 5000 or 5000.50"),
    BAD_BOOLEAN("只能是 true 或 false", "must be true or false"),
    BAD_VERSION("版本号应为不小于 0 的整数", "must be a whole number from 0"),
    DEADLINE_PAST("不能早于今天（{0}）", "cannot be before today ({0})"),
    DEADLINE_REQUIRED("一般隐患必须给出整改期限", "a general hazard needs a rectification deadline"),
    DEADLINES_DIFFER("与五落实中的时限（{0}）不一致", "differs from the deadline of the five fixes ({0})"),
    FIX_MISSING("五落实缺少{0}", "the five fixes need the {0}"),
    FIXES_MISSING("缺少五落实：{0}", "Five fixes missing: {0}"),
    FIXES_NOT_MAJOR("只有重大隐患需要五落实", "only a major hazard has five fixes"),
    FUNDS_NEGATIVE("资金不能为负数", "cannot be negative"),
    FUNDS_TOO_LARGE("资金最多 12 位整数、2 位小数", "at most 12 digits before and 2 after the decimal point"),
    DEADLINE_MOVED("整改期限由 {0} 改为 {1}", "deadline moved from {0} to {1}"),
    REJECT_NOTE("退回整改时须写明原因", "say why the rectification is rejected"),

    // other errors
    HAZARD_NOT_FOUND("隐患 {0} 不存在或不在您的管辖范围内", "Hazard {0} does not exist or is not in your scope"),
    ENTERPRISE_NOT_FOUND("企业 {0} 不存在或不在您的管辖范围内", "Enterprise {0} does not exist or is not in your scope"),
    MAY_NOT_CHANGE("您只能查看该隐患，不能修改", "You may view this hazard but not change it"),
    NOT_VERIFIER("只有管理员、安委会或该企业监管部门的人员可以验收隐患",
            "Only administrators, the committee office or staff of the enterprise's regulating departments may "
                    + "verify a hazard"),
    OWN_HAZARD("该隐患由您上报，须由他人验收", "You reported this hazard; someone else must verify it"),
    STALE("该隐患已被他人修改，请刷新后重试", "Someone else changed this hazard first; reload it and try again"),
    BAD_TRANSITION("隐患当前状态为“{0}”，不能{1}", "The hazard is {0}; it cannot be {1}"),
    VERIFY_FIRST("隐患须经他人验收通过才能销号，请提交验收", "A hazard is closed only when someone else verifies and "
            + "accepts its rectification; submit it for verification"),
    FIVE_FIXES_MISSING("重大隐患须先落实五落实才能开始整改，缺少：{0}",
            "A major hazard needs all five fixes before rectification starts; missing: {0}"),
    NOT_MAJOR("一般隐患没有五落实，只有重大隐患需要", "Only a major hazard has five fixes; this one is general"),
    BAD_PARAMETER("参数 {0} 不正确：{1}", "Parameter {0} is invalid: {1}");
    // @formatter:on

    private final String zh;
    private final String en;

    Message(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The text in English when {@code english}, otherwise in Chinese, with the arguments put in. */
    public String format(boolean english, Object... arguments) {
        String text = english ? en : zh;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
