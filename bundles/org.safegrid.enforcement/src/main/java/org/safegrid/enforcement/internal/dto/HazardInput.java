package org.safegrid.enforcement.internal.dto;

/**
 * The body of {@code POST /api/inspections/{id}/hazards}: a finding reported as a hazard through the hazards module.
 *
 * @param level {@code GENERAL} or {@code MAJOR}
 * @param deadline the rectification deadline ({@code 2026-12-10}); may be left out for a major hazard with five fixes
 * @param fiveFixes optional
 */
public record HazardInput(String description, String level, String deadline, FiveFixesInput fiveFixes) {
}
