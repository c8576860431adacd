package org.safegrid.plates.internal.model;

import java.time.Instant;

/**
 * The duty standard (履职标准) of a role.
 *
 * @param role the role code
 * @param duty the text in Chinese
 * @param dutyEn the text in English, or null
 * @param updatedAt when it was last changed, or null for the text the platform ships
 * @param updatedBy who changed it last, or null
 */
public record Duty(String role, String duty, String dutyEn, Instant updatedAt, String updatedBy) {
}
