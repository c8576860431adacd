package org.safegrid.dept.culture.internal.model;

/** The conclusion of an expert safety assessment of a large event. */
public enum AssessmentResult {
    /** 通过 */
    PASSED,
    /** 有条件通过: may go ahead once the experts' conditions are met */
    CONDITIONAL,
    /** 不通过: may not go ahead as planned */
    FAILED
}
