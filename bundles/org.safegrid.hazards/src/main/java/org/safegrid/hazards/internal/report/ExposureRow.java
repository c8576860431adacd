package org.safegrid.hazards.internal.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.safegrid.hazards.api.HazardState;

/** A major hazard overdue at the as-of day, as the exposure list shows it. */
record ExposureRow(long id, String enterprise, String village, String department, String secondDepartment,
        String description, LocalDate deadline, String responsible, HazardState state, LocalDateTime closedAt) {
}
