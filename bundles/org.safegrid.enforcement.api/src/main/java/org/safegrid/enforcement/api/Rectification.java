package org.safegrid.enforcement.api;

import java.time.Instant;
import java.time.LocalDate;

/** The enterprise rectified after a penalty. */
public record Rectification(LocalDate date, String note, Instant recordedAt, String recordedBy) {
}
