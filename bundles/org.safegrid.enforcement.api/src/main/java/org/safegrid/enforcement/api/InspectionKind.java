package org.safegrid.enforcement.api;

/** The kinds of inspection. */
public enum InspectionKind {
    /** 日常检查 */
    ROUTINE,
    /** 四不两直: unannounced, unaccompanied, straight to the site */
    UNANNOUNCED,
    /** 专家检查 */
    EXPERT,
    /** 联合检查 */
    JOINT
}
