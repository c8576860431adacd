package org.safegrid.dept.agriculture.internal.dto;

/** A flood-season inspection as a client sends it: the day (ISO date), who, whether it passed, what was found. */
public record InspectionInput(String inspectedOn, String inspector, Boolean passed, String findings) {
}
