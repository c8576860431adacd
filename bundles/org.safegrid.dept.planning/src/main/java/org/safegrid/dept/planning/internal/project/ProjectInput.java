package org.safegrid.dept.planning.internal.project;

/**
 * A project as a client sends it. Every field is text so that a wrong value is a field message, not a parse error.
 *
 * @param version the version read; required when changing a project
 */
public record ProjectInput(String name, String enterpriseId, String address, String permitNumber, String startDate,
        String plannedEnd, String phase, String safetyOfficer, String safetyOfficerPhone, String version) {
}
