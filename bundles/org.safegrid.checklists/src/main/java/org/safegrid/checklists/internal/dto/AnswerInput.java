package org.safegrid.checklists.internal.dto;

/**
 * The answer to one item.
 *
 * @param result {@code PASS}, {@code FAIL} or {@code NOT_APPLICABLE}
 * @param note at most 500 characters; required for {@code FAIL}
 * @param hazardLevel for {@code FAIL} only: {@code GENERAL} or {@code MAJOR}; the item's severity hint when absent
 * @param hazardDeadline for {@code FAIL} only: the rectification deadline, today or later; for a general hazard
 *            today + 7 days when absent, for a major one none (it comes with the five fixes)
 */
public record AnswerInput(String itemCode, String result, String note, String hazardLevel, String hazardDeadline) {
}
