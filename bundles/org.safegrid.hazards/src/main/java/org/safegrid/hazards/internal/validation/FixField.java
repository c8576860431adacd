package org.safegrid.hazards.internal.validation;

/** The five fixes (五落实), each with its JSON field name and its name in messages. */
public enum FixField {
    RESPONSIBLE_PERSON("responsiblePerson", "责任", "responsible person"), MEASURES("measures", "措施", "measures"), FUNDS(
            "funds", "资金", "funds"), DEADLINE("deadline", "时限",
                    "deadline"), CONTINGENCY_PLAN("contingencyPlan", "预案", "contingency plan");

    private final String field;
    private final String zh;
    private final String en;

    FixField(String field, String zh, String en) {
        this.field = field;
        this.zh = zh;
        this.en = en;
    }

    /** The JSON field name, as in {@code FiveFixes}. */
    public String field() {
        return field;
    }

    public String label(boolean english) {
        return english ? en : zh;
    }
}
