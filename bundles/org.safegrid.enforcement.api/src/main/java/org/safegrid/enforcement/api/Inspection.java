package org.safegrid.enforcement.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspection of an enterprise. The enterprise's name, departments and village are copied in when it is recorded.
 *
 * @param actingDepartment the department the inspection counts for in the zero-enforcement check
 * @param date the day of the inspection
 * @param inspectors the inspectors' names
 * @param compliance the enterprise's self-inspection record over the 30 days before the inspection; null when the
 *            checklists were not available when it was recorded
 */
public record Inspection(long id, long enterpriseId, String enterpriseName, String department,
        String secondDepartment, String village, String actingDepartment, InspectionKind kind, LocalDate date,
        String inspectors, String findings, ComplianceSnapshot compliance, Instant createdAt, String createdBy) {
}
