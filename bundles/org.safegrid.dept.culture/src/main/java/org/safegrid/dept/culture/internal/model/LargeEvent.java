package org.safegrid.dept.culture.internal.model;

import java.time.LocalDateTime;

/** A stored large event. */
public record LargeEvent(long id, EventData data, long version, String createdBy, LocalDateTime createdAt,
        String updatedBy, LocalDateTime updatedAt) {
}
