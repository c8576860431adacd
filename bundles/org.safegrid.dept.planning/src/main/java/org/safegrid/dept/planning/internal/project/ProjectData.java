package org.safegrid.dept.planning.internal.project;

import java.time.LocalDate;

/**
 * A validated project.
 *
 * @param enterpriseName the builder's name as the registry has it
 * @param version the version the client read, or null for a new project
 */
public record ProjectData(String name, long enterpriseId, String enterpriseName, String address, String permitNumber,
        LocalDate startDate, LocalDate plannedEnd, ProjectPhase phase, String safetyOfficer, String safetyOfficerPhone,
        Long version) {
}
