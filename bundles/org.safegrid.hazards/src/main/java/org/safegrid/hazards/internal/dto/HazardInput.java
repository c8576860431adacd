package org.safegrid.hazards.internal.dto;

/**
 * The body of {@code POST /api/hazards}. Values arrive as strings (JSON numbers are accepted too) so that a malformed
 * one is reported per field in the 422 answer.
 *
 * @param enterpriseId the enterprise's id in the registry
 * @param source {@code SELF_INSPECTION}, {@code INSPECTION}, {@code TIPOFF} or {@code OTHER} (the default)
 * @param sourceRef what found it, at most 200 characters
 * @param description what is wrong, at most 1000 characters
 * @param level {@code GENERAL} or {@code MAJOR}
 * @param deadline the rectification deadline, {@code 2026-12-31}, today or later; required for a general hazard
 * @param fiveFixes a major hazard's five fixes, complete, or absent to record them later
 */
public record HazardInput(String enterpriseId, String source, String sourceRef, String description, String level,
        String deadline, FixesInput fiveFixes) {
}
