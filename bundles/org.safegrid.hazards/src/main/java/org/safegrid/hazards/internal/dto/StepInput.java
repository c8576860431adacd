package org.safegrid.hazards.internal.dto;

/**
 * The body of {@code POST /api/hazards/{id}/rectify} and {@code .../submit}.
 *
 * @param note optional, at most 1000 characters
 * @param evidence for {@code submit}, required: what was done (at most 1000 characters)
 * @param version the hazard's version as read; when present, a hazard changed since answers 409 {@code stale}
 */
public record StepInput(String note, String evidence, Long version) {
}
