package org.safegrid.enforcement.internal.dto;

/**
 * The body of {@code POST /api/enforcement/cases}: step 1, the rectification order.
 *
 * @param inspectionId optional: the inspection of the same enterprise that found the violation
 * @param violationKind a code such as {@code fire-exit-blocked}, at most 60 characters
 * @param description what is to be rectified, at most 2000 characters
 * @param deadline the rectification deadline, today or later
 */
public record CaseInput(Long enterpriseId, Long inspectionId, String violationKind, String description,
        String deadline) {
}
