package org.safegrid.dept.emergency.internal.dto;

/** A duty log entry as a client sends it to create or replace one; {@code occurredAt} is an ISO-8601 date-time. */
public record LogInput(String occurredAt, String category, String summary, String details, String reporter,
        Long shiftId) {
}
