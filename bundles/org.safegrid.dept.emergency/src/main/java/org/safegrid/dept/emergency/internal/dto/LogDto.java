package org.safegrid.dept.emergency.internal.dto;

/** A duty log entry as the REST API returns it. */
public record LogDto(Long id, String occurredAt, String category, String summary, String details, String reporter,
        Long shiftId, String createdBy, String createdAt, String updatedBy, String updatedAt) {
}
