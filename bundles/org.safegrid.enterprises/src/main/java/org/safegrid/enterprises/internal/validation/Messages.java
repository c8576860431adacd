package org.safegrid.enterprises.internal.validation;

/** Every field message of the registry, in Chinese and English. */
public final class Messages {

    public static final Text INVALID = new Text("输入有误，请检查标出的字段", "Some fields are invalid");
    public static final Text REQUIRED = new Text("不能为空", "is required");
    public static final Text TOO_LONG = new Text("不能超过 {0} 个字符", "must be at most {0} characters");
    public static final Text CONTROL_CHARACTERS = new Text("不能包含换行或控制字符",
            "must not contain line breaks or control characters");

    public static final Text CREDIT_CODE_LENGTH = new Text("统一社会信用代码应为 18 位，实为 {0} 位",
            "a unified social credit code has 18 characters, not {0}");
    public static final Text CREDIT_CODE_CHARACTER = new Text("统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）",
            "may only hold digits and capital letters other than I, O, Z, S and V");
    public static final Text CREDIT_CODE_DIVISION = new Text("统一社会信用代码第 3 至 8 位应为行政区划代码（数字）",
            "characters 3 to 8 must be digits (the administrative division code)");
    public static final Text CREDIT_CODE_CHECK = new Text("统一社会信用代码校验位不符，请核对是否抄错",
            "the check character does not match the code; check it for typos");
    public static final Text DUPLICATE_CREDIT_CODE = new Text("统一社会信用代码 {0} 已登记",
            "credit code {0} is already registered");
    public static final Text DUPLICATE_IN_FILE = new Text("统一社会信用代码与第 {0} 行重复", "the same credit code as row {0}");

    public static final Text UNKNOWN_VILLAGE = new Text("村社区“{0}”不存在", "village '{0}' does not exist");
    public static final Text INACTIVE_VILLAGE = new Text("村社区“{0}”已停用", "village '{0}' is no longer in use");
    public static final Text UNKNOWN_SECTOR = new Text("行业“{0}”不存在", "sector '{0}' does not exist");
    public static final Text INACTIVE_SECTOR = new Text("行业“{0}”已停用", "sector '{0}' is no longer in use");
    public static final Text UNKNOWN_DEPARTMENT = new Text("监管部门“{0}”不存在", "department '{0}' does not exist");
    public static final Text SAME_DEPARTMENT = new Text("第二监管部门不能与监管部门相同",
            "must differ from the regulating department");
    public static final Text STAFF_RANGE = new Text("从业人数应在 0 到 {0} 之间", "must be between 0 and {0}");
    public static final Text NOT_A_NUMBER = new Text("应为整数，而不是“{0}”", "must be a whole number, not '{0}'");
    public static final Text BAD_CHOICE = new Text("“{0}”无效，只能是：{1}", "'{0}' is not allowed; use one of {1}");
    public static final Text TOO_MANY_CONTACTS = new Text("联系人最多 {0} 个", "at most {0} contacts");
    public static final Text BAD_PHONE = new Text("电话号码格式不正确（手机号或带区号的座机号）",
            "is not a valid phone number (a mobile number or a landline with area code)");
    public static final Text OUT_OF_SCOPE = new Text("只能登记本部门（{0}）监管的企业",
            "you may only register enterprises regulated by your department ({0})");
    public static final Text VERSION_REQUIRED = new Text("修改时必须带上读取时的版本号",
            "is required: send the version you last read");

    public static final Text BAD_CODE = new Text("代码应为 2 至 40 位小写字母、数字或连字符，并以字母开头",
            "must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter");
    public static final Text CODE_CHANGED = new Text("代码不能修改（路径中为 {0}）", "cannot be changed (the path says {0})");
    public static final Text SAVE_FAILED = new Text("保存失败，未导入任何数据：{0}", "saving failed and nothing was imported: {0}");
    public static final Text ROW_SAVE_FAILED = new Text("保存失败：{0}", "could not be saved: {0}");

    public static final Text DUPLICATE_VILLAGE = new Text("村社区代码 {0} 已存在", "village code {0} is already used");
    public static final Text DUPLICATE_VILLAGE_NAME = new Text("村社区名称“{0}”已存在", "village name '{0}' is already used");
    public static final Text DUPLICATE_SECTOR = new Text("行业代码 {0} 已存在", "sector code {0} is already used");
    public static final Text DUPLICATE_SECTOR_NAME = new Text("行业名称“{0}”已存在", "sector name '{0}' is already used");
    public static final Text DUPLICATE_REFERENCE = new Text("代码或名称已被使用", "the code or the name is already used");

    private Messages() {
    }
}
