package org.safegrid.plates.internal.dto;

/**
 * The body of {@code PUT /api/plates/roles/{code}}.
 *
 * @param duty the duty standard in Chinese, required, at most 2000 characters
 * @param dutyEn the same in English, optional
 */
public record DutyInput(String duty, String dutyEn) {
}
