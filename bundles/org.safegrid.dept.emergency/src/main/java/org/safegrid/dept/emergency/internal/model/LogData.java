package org.safegrid.dept.emergency.internal.model;

import java.time.LocalDateTime;

/**
 * A validated duty log entry, as the service stores it. {@code details}, {@code reporter} and {@code shiftId} may be
 * null.
 */
public record LogData(LocalDateTime occurredAt, LogCategory category, String summary, String details, String reporter,
        Long shiftId) {
}
