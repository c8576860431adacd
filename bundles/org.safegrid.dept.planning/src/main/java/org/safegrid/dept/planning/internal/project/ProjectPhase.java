package org.safegrid.dept.planning.internal.project;

/** Where a construction project stands. */
public enum ProjectPhase {
    /** 施工准备: no work on site yet; the only phase without a construction permit. */
    PREPARATION,
    /** 地基基础 */
    FOUNDATION,
    /** 主体结构 */
    MAIN_STRUCTURE,
    /** 装饰装修 */
    DECORATION,
    /** 停工 */
    SUSPENDED,
    /** 竣工 */
    COMPLETED;

    /** Whether work is going on (or about to): the phases a site is supervised in. */
    public boolean active() {
        return this != SUSPENDED && this != COMPLETED;
    }
}
