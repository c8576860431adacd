package org.safegrid.enforcement.internal.dto;

/**
 * The body of {@code POST /api/enforcement/cases/{id}/reinspection}: step 2.
 *
 * @param date the day of the re-inspection, not in the future nor before the order
 * @param rectified whether the problem was found rectified
 * @param note optional, at most 2000 characters
 */
public record ReinspectionInput(String date, Boolean rectified, String note) {
}
