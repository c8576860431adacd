package org.safegrid.hazards.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hazard as stored.
 *
 * @param overdue whether its deadline has passed and it is not closed
 * @param version the optimistic-lock version
 */
public record Hazard(long id, long enterpriseId, String enterpriseName, String department, String village,
        HazardSource source, String sourceRef, String description, HazardLevel level, HazardState state,
        LocalDate deadline, FiveFixes fiveFixes, boolean overdue, String reportedBy, Instant reportedAt,
        String verifiedBy, Instant verifiedAt, Instant closedAt, long version) {
}
