package org.safegrid.hazards.internal.report;

/**
 * A count of hazards sharing departments, village and level.
 *
 * @param secondDepartment null when none
 * @param major whether the hazards are major
 */
record Rows(String department, String secondDepartment, String village, boolean major, long count) {
}
