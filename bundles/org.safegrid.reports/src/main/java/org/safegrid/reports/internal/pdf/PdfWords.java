package org.safegrid.reports.internal.pdf;

/** The fixed words of the printed report, in Chinese and English. */
enum PdfWords {
    COMMITTEE("{0}安全生产委员会办公室", "{0} Work-Safety Committee Office"), KIND("类别", "Kind"), PERIOD("报告期：{0} 至 {1}",
            "Period: {0} to {1}"), GENERATED("生成时间：{0}", "Generated: {0}"), ARCHIVED("归档编号：{0}",
                    "Archive no. {0}"), OVERALL("总体情况", "Overall"), DEPARTMENTS("部门情况",
                            "Departments"), VILLAGES("村社情况", "Villages and communities"), RANKINGS("排名与末位",
                                    "Rankings and last places"), EXPOSURE("重大隐患逾期曝光",
                                            "Exposure: overdue major hazards"), TREND("趋势",
                                                    "Trend"), FIGURE("指标", "Figure"), VALUE("数值", "Value"), UNIT(
                                                            "单位", "Unit"), RANK("名次", "Rank"), NAME("名称",
                                                                    "Name"), SCORE("得分", "Score"), LAST("末位（连续期数）",
                                                                            "Last (periods in a row)"), DEPARTMENT(
                                                                                    "部门", "Department"), VILLAGE(
                                                                                            "村社区",
                                                                                            "Village"), PERIOD_COLUMN(
                                                                                                    "报告期",
                                                                                                    "Period"), NOTHING(
                                                                                                            "本期无数据。",
                                                                                                            "Nothing in this period."), NO_LAST(
                                                                                                                    "本期无末位单位。",
                                                                                                                    "No unit is ranked last in this period."), LAST_LIST(
                                                                                                                            "末位单位：",
                                                                                                                            "Ranked last: "), CONSECUTIVE(
                                                                                                                                    "{0}（{1}，得分 {2}，连续 {3} 期）",
                                                                                                                                    "{0} ({1}, score {2}, {3} in a row)"), PAGE(
                                                                                                                                            "第 {0} 页 共 {1} 页",
                                                                                                                                            "Page {0} of {1}");

    private final String zh;
    private final String en;

    PdfWords(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    String in(boolean english, Object... arguments) {
        String text = english ? en : zh;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
