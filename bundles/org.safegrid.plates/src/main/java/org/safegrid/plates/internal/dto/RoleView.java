package org.safegrid.plates.internal.dto;

/**
 * A required role of a plate as {@code GET /api/plates/{enterpriseId}} shows it.
 *
 * @param source {@code platform} or the id of the department that requires it
 * @param count how many people hold it
 * @param filled whether anybody holds it
 * @param duty the role's duty standard in Chinese, or null when none is set
 * @param dutyEn the same in English, or null
 */
public record RoleView(String code, String name, String nameEn, boolean multiple, String source, int count,
        boolean filled, String duty, String dutyEn) {
}
