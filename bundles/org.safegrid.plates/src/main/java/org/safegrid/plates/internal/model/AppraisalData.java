package org.safegrid.plates.internal.model;

/**
 * A validated appraisal.
 *
 * @param personId the id of a person on the plate
 * @param period {@code 2026}, {@code 2026-H1}, {@code 2026-Q4} or {@code 2026-11}
 * @param score 0 to 100
 * @param note a remark, or null
 */
public record AppraisalData(long personId, String period, int score, AppraisalResult result, FollowUp followUp,
        String note) {
}
