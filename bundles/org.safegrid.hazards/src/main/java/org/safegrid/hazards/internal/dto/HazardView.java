package org.safegrid.hazards.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;

/**
 * A hazard on the board: the stored hazard, whether it is overdue, and what the caller may do with it.
 *
 * @param editable whether the caller may record fixes, rectify and submit
 * @param mayVerify whether the caller may verify it now (it awaits verification, and the caller did not report it
 *            and has the right role)
 */
public record HazardView(long id, long enterpriseId, String enterpriseName, String department,
        String secondDepartment, String village, HazardSource source, String sourceRef, String description,
        HazardLevel level, HazardState state, LocalDate deadline, FiveFixes fiveFixes, boolean overdue,
        String reportedBy, Instant reportedAt, String verifiedBy, Instant verifiedAt, Instant closedAt, long version,
        boolean editable, boolean mayVerify) {
}
