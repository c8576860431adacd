package org.safegrid.hazards.internal.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.model.TimelineEntry;

/**
 * One hazard as {@code GET /api/hazards/{id}} and every change answer it: the fields of {@link HazardView}, the
 * fixes still missing before rectification ({@code missingFixes}, major hazards only) and the whole timeline, oldest
 * first.
 */
public record HazardDetail(long id, long enterpriseId, String enterpriseName, String department,
        String secondDepartment, String village, HazardSource source, String sourceRef, String description,
        HazardLevel level, HazardState state, LocalDate deadline, FiveFixes fiveFixes, boolean overdue,
        String reportedBy, Instant reportedAt, String verifiedBy, Instant verifiedAt, Instant closedAt, long version,
        boolean editable, boolean mayVerify, List<String> missingFixes, List<TimelineEntry> timeline) {
}
