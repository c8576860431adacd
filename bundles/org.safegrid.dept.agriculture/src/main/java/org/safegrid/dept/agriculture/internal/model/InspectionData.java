package org.safegrid.dept.agriculture.internal.model;

import java.time.LocalDate;

/** A validated flood-season inspection; {@code findings} is given whenever it did not pass. */
public record InspectionData(LocalDate inspectedOn, String inspector, boolean passed, String findings) {
}
