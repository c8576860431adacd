package org.safegrid.dept.agriculture.internal.dto;

/** A flood-season inspection as the REST API returns it. */
public record InspectionDto(Long id, Long reservoirId, String inspectedOn, String inspector, boolean passed,
        String findings, String createdBy, String createdAt) {
}
