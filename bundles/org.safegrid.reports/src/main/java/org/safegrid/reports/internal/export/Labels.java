package org.safegrid.reports.internal.export;

/** The fixed words of the exports, in Chinese and English. */
enum Labels {
    OVERVIEW("概览", "Overview"), DEPARTMENTS("部门", "Departments"), VILLAGES("村社", "Villages"), RANKINGS("排名",
            "Rankings"), EXPOSURE("曝光", "Exposure"), TREND("趋势", "Trend"), FIGURE("指标", "Figure"), VALUE("数值",
                    "Value"), UNIT("单位", "Unit"), CODE("代码", "Code"), NAME("名称", "Name"), SCORE("得分",
                            "Score"), RANK("名次", "Rank"), KIND("类别", "Kind"), DEPARTMENT("部门",
                                    "Department"), VILLAGE("村社区", "Village"), LAST_PLACE("末位",
                                            "Last place"), CONSECUTIVE("连续末位期数",
                                                    "Periods in a row"), PERIOD("报告期", "Period"), TITLE("报告",
                                                            "Report"), GENERATED("生成时间",
                                                                    "Generated"), ARCHIVED("已归档",
                                                                            "Archived"), YES("是", "yes"), NO("否",
                                                                                    "no"), SCORING("评分办法",
                                                                                            "How the score is made"), NONE(
                                                                                                    "无", "none");

    private final String zh;
    private final String en;

    Labels(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    String in(boolean english) {
        return english ? en : zh;
    }
}
