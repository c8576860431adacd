package org.safegrid.dept.emergency.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A validated shift, as the service stores it: made only by the validator, so every field is within its limits.
 * {@code leaderPhone}, {@code officerPhone} and {@code note} may be null.
 */
public record ShiftData(LocalDate date, ShiftKind kind, LocalDateTime startAt, LocalDateTime endAt, String leader,
        String leaderPhone, String officer, String officerPhone, String note) {
}
