package org.safegrid.dept.agriculture.internal.model;

import java.time.LocalDate;

/** An inspection as the report counts it. */
public record InspectionFact(long reservoirId, LocalDate inspectedOn, boolean passed) {
}
