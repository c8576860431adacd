package org.safegrid.plates.internal.model;

import java.time.Instant;

/**
 * An appraisal as the REST API answers it.
 *
 * @param person the person's name when appraised
 * @param role the person's role code when appraised
 */
public record Appraisal(long id, long enterpriseId, long personId, String role, String person, String period,
        int score, AppraisalResult result, FollowUp followUp, String note, Instant createdAt, String createdBy) {
}
