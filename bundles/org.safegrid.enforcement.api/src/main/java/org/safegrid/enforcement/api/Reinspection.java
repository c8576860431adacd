package org.safegrid.enforcement.api;

import java.time.Instant;
import java.time.LocalDate;

/** Step 2: the re-inspection of a rectification order. */
public record Reinspection(LocalDate date, boolean rectified, String note, Instant recordedAt, String recordedBy) {
}
