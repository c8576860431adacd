package org.safegrid.checklists.internal.validation;

/** Messages for people, in Simplified Chinese and English; {@code {0}} takes an argument. */
public enum Message {
    // @formatter:off
    // 422 answers and their fields
    INVALID("输入有误，请检查标出的字段", "Some fields are invalid"),
    REQUIRED("不能为空", "is required"),
    TOO_LONG("不能超过 {0} 个字符", "must be at most {0} characters"),
    CONTROL_CHARACTERS("不能包含换行或控制字符", "must not contain line breaks or control characters"),
    BAD_CHOICE("只能是以下之一：{0}", "must be one of {0}"),
    BAD_CODE("编码须以小写字母开头，由小写字母、数字和连字符组成（2–60 位）",
            "must be 2-60 lower-case letters, digits or hyphens, starting with a letter"),
    BAD_ID("应为正整数", "must be a positive whole number"),
    BAD_DATE("日期格式应为 2026-11-28", "must be a date like 2026-11-28"),
    CODE_TWICE("编码 {0} 重复", "code {0} is given twice"),
    ITEM_COUNT("检查项应为 1 到 {0} 项", "must hold 1 to {0} items"),
    TOO_MANY("最多 {0} 项", "at most {0} entries"),
    UNKNOWN_SECTOR("未知的行业：{0}", "unknown sector: {0}"),
    UNKNOWN_FLAG("未知的企业标记：{0}", "unknown enterprise flag: {0}"),
    UNKNOWN_DEPARTMENT("未知的部门：{0}", "unknown department: {0}"),
    NOT_YOUR_DEPARTMENT("只能为本部门编写检查清单", "you may write checklists for your own department only"),
    DEPARTMENT_FIXED("清单所属部门不能修改", "the department of a template cannot change"),
    CODE_MISMATCH("与地址中的清单编码不一致", "does not match the template code in the path"),
    VERSION_NOT_FOUND("清单 {0} 没有这个版本", "template {0} has no such version"),
    TEMPLATE_INACTIVE("该检查清单已停用", "the template is no longer in use"),
    TEMPLATE_NOT_APPLICABLE("该检查清单不适用于此企业", "the template does not apply to this enterprise"),
    BAD_PERIOD_KEY("周期格式不正确，应如 {0}", "must be a period like {0}"),
    PERIOD_FUTURE("该周期尚未开始", "the period has not begun"),
    PERIOD_TOO_OLD("只能补报结束不超过 {0} 天的周期", "only periods that ended at most {0} days ago may be submitted"),
    PERIOD_NOT_WORKING_DAY("该日不是工作日，无需每日自查", "that day was not a working day: no daily check was due"),
    NOT_IN_TEMPLATE("不是该清单版本中的检查项", "is not an item of this template version"),
    ANSWERED_TWICE("检查项 {0} 重复作答", "item {0} is answered twice"),
    MISSING_ANSWERS("以下检查项未作答：{0}", "these items are not answered: {0}"),
    NOTE_FOR_FAIL("不合格项须填写情况说明", "a failed item needs a note"),
    ONLY_FOR_FAIL("只有不合格项才能指定隐患等级和整改期限", "only a failed item takes a hazard level or deadline"),
    DEADLINE_PAST("整改期限不能早于今天", "the deadline must not be in the past"),

    // other errors
    ENTERPRISE_NOT_FOUND("企业 {0} 不存在或不在您的管辖范围内", "Enterprise {0} does not exist or is not in your scope"),
    TEMPLATE_NOT_FOUND("检查清单 {0} 不存在", "Checklist template {0} does not exist"),
    SUBMISSION_NOT_FOUND("自查记录 {0} 不存在或不在您的管辖范围内",
            "Self-inspection {0} does not exist or is not in your scope"),
    PHOTO_NOT_FOUND("照片 {0} 不存在", "Photo {0} does not exist"),
    MAY_NOT_SUBMIT("您无权为该企业填报自查", "You may not record self-inspections for this enterprise"),
    MAY_NOT_WRITE_TEMPLATES("只有管理员和部门人员可以编写检查清单",
            "Only administrators and department staff may write checklist templates"),
    MAY_NOT_EDIT_TEMPLATE("您无权修改其他部门的检查清单", "You may not change another department's checklist template"),
    MAY_NOT_WRITE_FOR_DEPARTMENT("您无权为其他部门编写检查清单", "You may not write checklist templates for another department"),
    CONTRIBUTED_TEMPLATE("该检查清单由部门模块提供，只能随模块更新",
            "This template comes from a department module and changes only with it"),
    DUPLICATE_TEMPLATE("检查清单编码 {0} 已被使用", "Template code {0} is already taken"),
    STALE("检查清单已被他人修改，请刷新后重试", "Someone else changed this template first; reload it and try again"),
    ALREADY_SUBMITTED("该企业本周期的这份清单已经提交", "This checklist is already submitted for the period"),
    PERIOD_NOT_DUE("该周期不在可填报范围内", "The period is not open for submission"),
    HAZARD_FAILED("检查项 {0} 的隐患未能上报，本次自查未保存：",
            "The hazard of item {0} could not be reported, so the self-inspection was not saved: "),
    HAZARDS_UNAVAILABLE("隐患管理暂时不可用，本次自查未保存，请稍后重试",
            "Hazard management is not available, so the self-inspection was not saved; try again later"),
    PHOTO_TOO_LARGE("照片不能超过 {0} MB", "A photo may be at most {0} MB"),
    PHOTO_TYPE("照片只能是 JPEG、PNG 或 WebP 格式", "A photo must be a JPEG, PNG or WebP image"),
    TOO_MANY_PHOTOS("每份自查最多 {0} 张照片", "A self-inspection may have at most {0} photos"),
    NOT_ANSWERED_ITEM("不是这份自查中的检查项", "is not an item of this self-inspection"),
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
