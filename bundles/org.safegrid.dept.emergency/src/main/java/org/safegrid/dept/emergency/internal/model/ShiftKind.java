package org.safegrid.dept.emergency.internal.model;

/** The kind of a duty shift. */
public enum ShiftKind {
    /** 白班 */
    DAY,
    /** 夜班 */
    NIGHT,
    /** 24小时 */
    FULL_DAY
}
