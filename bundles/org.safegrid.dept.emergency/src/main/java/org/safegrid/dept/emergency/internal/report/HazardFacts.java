package org.safegrid.dept.emergency.internal.report;

import java.time.LocalDate;

/**
 * What the section keeps of a hazard at a dangerous-goods enterprise.
 *
 * @param deadline the rectification deadline, or null
 * @param closedOn the day it was closed, or null while open
 */
public record HazardFacts(long hazardId, long enterpriseId, String enterpriseName, String sector, String department,
        String secondDepartment, String village, String level, String state, LocalDate reportedOn, LocalDate deadline,
        LocalDate closedOn) {

    /** Whether it was open at the end of the day. */
    public boolean openOn(LocalDate day) {
        return !reportedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }

    /** Whether it was open and past its deadline at the end of the day. */
    public boolean overdueOn(LocalDate day) {
        return openOn(day) && deadline != null && deadline.isBefore(day);
    }

    public boolean major() {
        return "MAJOR".equals(level);
    }
}
