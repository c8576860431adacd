package org.safegrid.itests.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A hazard as reported: by whom, when (UTC wall-clock time), from what, and the deadline given (none for a major one). */
record HazardSpec(Ent enterprise, String source, String sourceRef, String description, String level,
  LocalDateTime reportedAt, String reporter, LocalDate deadline) {
}
