package org.safegrid.dept.emergency.internal.model;

/** What a duty log entry is about. */
public enum LogCategory {
    /** 一般信息 */
    INFO,
    /** 突发事件 */
    INCIDENT,
    /** 信息报送 */
    REPORT,
    /** 交接班 */
    HANDOVER,
    /** 来电 */
    CALL
}
