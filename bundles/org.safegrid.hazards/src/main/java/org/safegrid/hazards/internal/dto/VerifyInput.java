package org.safegrid.hazards.internal.dto;

/**
 * The body of {@code POST /api/hazards/{id}/verify}.
 *
 * @param accepted true closes the hazard (销号), false sends it back to rectification
 * @param note at most 1000 characters; required when rejecting
 * @param version the hazard's version as read; when present, a hazard changed since answers 409 {@code stale}
 */
public record VerifyInput(Boolean accepted, String note, Long version) {
}
