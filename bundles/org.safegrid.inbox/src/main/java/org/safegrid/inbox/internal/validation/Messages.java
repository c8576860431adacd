package org.safegrid.inbox.internal.validation;

/** Every field message of the inbox's 422 answers, in Chinese and English. */
public final class Messages {

    public static final Text INVALID = new Text("输入有误，请检查标出的字段", "Some fields are invalid");
    public static final Text REQUIRED = new Text("不能为空", "is required");
    public static final Text TOO_LONG = new Text("不能超过 {0} 个字符", "must be at most {0} characters");
    public static final Text CONTROL_CHARACTERS = new Text("不能包含除换行和制表符以外的控制字符",
            "must not contain control characters other than line breaks and tabs");
    public static final Text BAD_CHOICE = new Text("“{0}”无效，只能是：{1}", "'{0}' is not allowed; use one of {1}");
    public static final Text BAD_PERIOD_KEY = new Text("{0} 的周期应写作 {1}，而不是“{2}”",
            "a period of {0} is written like {1}, not '{2}'");

    private Messages() {
    }
}
