package org.safegrid.plates.print.internal.model;

import org.safegrid.enterprises.api.RiskLevel;

/**
 * How a risk level of the four-colour scale shows: its colour, the colour's name (红/橙/黄/蓝) and the level's name.
 *
 * @param colour the badge colour as {@code 0xRRGGBB}
 * @param text the text colour on the badge, readable on {@code colour}
 * @param colourName 红色, 橙色, 黄色 or 蓝色
 * @param levelName 重大风险, 较大风险, 一般风险 or 低风险
 */
public record RiskStyle(int colour, int text, String colourName, String levelName) {

    static final int WHITE = 0xFFFFFF;
    static final int INK = 0x222222;

    /** The style of a level; an enterprise not yet assessed shows grey 未评定. */
    public static RiskStyle of(RiskLevel level) {
        if (level == null) {
            return new RiskStyle(0x9E9E9E, WHITE, "", "未评定");
        }
        return switch (level) {
            case RED -> new RiskStyle(0xD32F2F, WHITE, "红色", "重大风险");
            case ORANGE -> new RiskStyle(0xF57C00, WHITE, "橙色", "较大风险");
            case YELLOW -> new RiskStyle(0xFBC02D, INK, "黄色", "一般风险");
            case BLUE -> new RiskStyle(0x1976D2, WHITE, "蓝色", "低风险");
        };
    }

    /** The badge's words, for example 红色 · 重大风险. */
    public String label() {
        return colourName.isEmpty() ? levelName : colourName + " · " + levelName;
    }

    /** The colour as CSS, for example {@code #d32f2f}. */
    public String css() {
        return String.format("#%06x", colour);
    }

    /** The text colour as CSS. */
    public String textCss() {
        return String.format("#%06x", text);
    }
}
