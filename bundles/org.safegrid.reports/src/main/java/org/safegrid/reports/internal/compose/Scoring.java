package org.safegrid.reports.internal.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureValue;

/**
 * The score of a department or a village, 0 to 100, from the core figures only:
 *
 * <pre>
 * 40 × self-inspection compliance
 * + 20 × plate completeness
 * + 20 × hazard handling        (rectified ÷ (rectified + overdue); 1 when both are 0)
 * + 20 × (1 − zero-enforcement flag)
 * − 5 per overdue major hazard
 * </pre>
 *
 * floored at 0 and rounded to one decimal (half up). A rate over nothing, or a figure no installed source computes,
 * counts as 1 for the rates and 0 for the counts and the flag.
 */
public final class Scoring {

    private static final String ZH = "得分（0-100）= 40 × 企业自查合规率 + 20 × 责任挂牌完整率 + 20 × 隐患整改率"
            + "（已整改 ÷（已整改 + 逾期未整改），两者皆为 0 时按 1 计）+ 20 ×（1 - 执法清零标志）"
            + " - 5 × 逾期重大隐患数，最低为 0，保留一位小数。比率的分母为 0（无应查、无企业）时按 1 计。"
            + "排名按得分从高到低，得分相同者名次相同（如 1、1、3），同分者按代码排列；"
            + "末位为各类（部门、村社区）中名次最后的单位（并列者均列入，全部并列时不列末位），"
            + "“连续”为截至本期连续处于末位的期数。";
    private static final String EN = "Score (0-100) = 40 × self-inspection compliance + 20 × plate completeness"
            + " + 20 × hazard handling (rectified ÷ (rectified + overdue), 1 when both are 0)"
            + " + 20 × (1 - zero-enforcement flag) - 5 × overdue major hazards, floored at 0 and rounded to one decimal."
            + " A rate over nothing (nothing owed, no enterprises) counts as 1."
            + " Units are ranked by score, highest first; equal scores share a rank (1, 1, 3) and are listed by code."
            + " The last place of each kind (departments, villages) is every unit holding the worst rank (none when"
            + " all are tied); \"consecutive\" counts the periods in a row, this one included, the unit was last.";

    private Scoring() {
    }

    /** The score of a unit with these values. */
    public static double score(Map<String, FigureValue> values) {
        double compliance = rate(values.get(CoreFigures.SELF_INSPECTION_COMPLIANCE));
        double plates = rate(values.get(CoreFigures.PLATE_COMPLETENESS));
        long rectified = count(values.get(CoreFigures.HAZARDS_RECTIFIED));
        long overdue = count(values.get(CoreFigures.HAZARDS_OVERDUE));
        double handling = rectified + overdue == 0 ? 1 : (double) rectified / (rectified + overdue);
        long zero = Math.min(1, count(values.get(CoreFigures.ZERO_ENFORCEMENT)));
        long majorOverdue = count(values.get(CoreFigures.MAJOR_OVERDUE));
        double score = 40 * compliance + 20 * plates + 20 * handling + 20 * (1 - zero) - 5.0 * majorOverdue;
        return BigDecimal.valueOf(Math.max(0, score)).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** How the score and the ranks are made, for the reader. */
    public static String describe(boolean english) {
        return english ? EN : ZH;
    }

    private static double rate(FigureValue value) {
        if (value == null || value.value() == null) {
            return 1;
        }
        return Math.min(1, value.value());
    }

    private static long count(FigureValue value) {
        return value == null ? 0 : value.numerator();
    }
}
