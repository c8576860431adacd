package org.safegrid.itests.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A generated inspection, as hazards and cases opened from it need it. */
record Insp(long id, Ent enterprise, LocalDate date, LocalDateTime createdAt, String createdBy,
  String actingDepartment) {
}
