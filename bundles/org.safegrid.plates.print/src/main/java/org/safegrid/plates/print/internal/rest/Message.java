package org.safegrid.plates.print.internal.rest;

/** The messages of the print resource's error answers, in Simplified Chinese and English; {@code {0}} takes an argument. */
enum Message {
    BAD_SIZE("纸张尺寸只能是 A4 或 A3，不能是 {0}", "size must be A4 or A3, not {0}"), NO_PLATE("企业 {0} 不存在或不在您的管辖范围内",
            "Enterprise {0} does not exist or is outside your scope");

    private final String zh;
    private final String en;

    Message(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The text in English when {@code english}, otherwise in Chinese, with {@code {0}} replaced by the argument. */
    String format(boolean english, Object argument) {
        String text = english ? en : zh;
        return argument == null ? text : text.replace("{0}", String.valueOf(argument));
    }
}
