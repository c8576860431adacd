package org.safegrid.plates.internal.model;

/** The result of an appraisal. */
public enum AppraisalResult {
    /** 优秀 */
    EXCELLENT,
    /** 称职 */
    COMPETENT,
    /** 不称职 */
    FAILED
}
