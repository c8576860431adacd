package org.safegrid.dept.planning.internal.project;

/**
 * A project as the REST API returns it.
 *
 * @param overdue whether it is past its planned completion and not completed
 */
public record ProjectDto(long id, String name, long enterpriseId, String enterpriseName, String address,
        String permitNumber, String startDate, String plannedEnd, String phase, String safetyOfficer,
        String safetyOfficerPhone, boolean overdue, long version, String createdBy, String createdAt, String updatedBy,
        String updatedAt) {
}
