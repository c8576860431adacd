package org.safegrid.enterprises.api;

/** The four-colour risk scale, from major to low. */
public enum RiskLevel {
    /** 红: major risk. */
    RED,
    /** 橙: high risk. */
    ORANGE,
    /** 黄: general risk. */
    YELLOW,
    /** 蓝: low risk. */
    BLUE
}
