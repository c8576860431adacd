package org.safegrid.itests.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Chinese names for the generated people, enterprises and places, and the staff's user names. */
final class Names {

    static final List<String> DEPARTMENTS = List.of("emergency", "planning", "economic", "culture", "agriculture",
      "citymgmt");

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String[] SURNAME_PINYIN = {"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao",
        "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song",
        "tang", "xu", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "jiang",
        "cai", "yu", "du", "ye", "cheng", "su", "wei", "lv", "ding", "ren", "shen", "yao", "lu"};
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅志宏海波鹏飞文斌俊峰玲晓东辉林琳";
    /** 字号: the trade names in 重庆某某机械厂. */
    private static final String TRADE = "渝鑫恒昌盛隆泰兴华丰源达顺嘉宏发合利永安康福瑞祥金鼎佳宇力凯新佰缙巴江川诚信博远腾亿中联民";

    private Names() {
    }

    static String person(Random r) {
        String given = r.nextInt(3) == 0 ? String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length())))
          : "" + GIVEN.charAt(r.nextInt(GIVEN.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()));
        return SURNAMES.charAt(r.nextInt(SURNAMES.length())) + given;
    }

    /** The department's staff: user names such as {@code emergency.wang3} and their display names. */
    static String staffUser(String department, int n) {
        return department + "." + SURNAME_PINYIN[n * 7 % SURNAME_PINYIN.length] + (n + 1);
    }

    static String staffName(String department, int n) {
        int d = Math.max(0, DEPARTMENTS.indexOf(department));
        return SURNAMES.charAt(n * 7 % SURNAME_PINYIN.length) + "" + GIVEN.charAt((d * 11 + n * 5) % GIVEN.length())
          + GIVEN.charAt((d * 3 + n * 13 + 1) % GIVEN.length());
    }

    static String villageUser(String village, int n) {
        return "village-" + village + "." + SURNAME_PINYIN[(n * 3 + village.length()) % SURNAME_PINYIN.length];
    }

    static String tradeName(Random r) {
        return "" + TRADE.charAt(r.nextInt(TRADE.length())) + TRADE.charAt(r.nextInt(TRADE.length()));
    }

    static String mobile(Random r) {
        String[] prefixes = {"138", "139", "136", "135", "158", "159", "177", "187", "189", "199", "133", "152"};
        return prefixes[r.nextInt(prefixes.length)] + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000));
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static <T> T pick(Random r, T[] array) {
        return array[r.nextInt(array.length)];
    }
}
