package org.safegrid.dept.economic.internal.model;

/** Who leads a chief-engineer team: the chief engineer (总工程师) or, where there is none, the technical director. */
public enum LeaderTitle {
    /** 总工程师 */
    CHIEF_ENGINEER,
    /** 技术负责人 */
    TECHNICAL_DIRECTOR
}
