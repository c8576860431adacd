package org.safegrid.plates.internal.dto;

import java.time.Instant;

/**
 * A known role with its duty standard, as {@code GET /api/plates/roles} lists it.
 *
 * @param source {@code platform} or the id of the department that requires it
 * @param duty the duty standard in Chinese, or null when none is set
 * @param dutyEn the same in English, or null
 * @param updatedAt when the duty standard was last changed, or null for the text the platform ships
 */
public record RoleDutyView(String code, String name, String nameEn, boolean multiple, String source, String duty,
        String dutyEn, Instant updatedAt, String updatedBy) {
}
