package org.safegrid.hazards.api;

/** The rectification lifecycle; only forward, and closing (销号) only after someone else verified it. */
public enum HazardState {
    /** 已上报 */
    REPORTED,
    /** 整改中 */
    RECTIFYING,
    /** 待验收 */
    AWAITING_VERIFICATION,
    /** 已销号 */
    CLOSED
}
