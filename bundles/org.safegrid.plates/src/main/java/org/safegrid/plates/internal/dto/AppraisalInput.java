package org.safegrid.plates.internal.dto;

import java.math.BigDecimal;

/**
 * The body of {@code POST /api/plates/{enterpriseId}/appraisals}.
 *
 * @param personId the id of a person on the plate
 * @param period {@code 2026}, {@code 2026-H1}, {@code 2026-Q4} or {@code 2026-11}
 * @param score a whole number from 0 to 100
 * @param result {@code EXCELLENT}, {@code COMPETENT} or {@code FAILED}
 * @param followUp {@code NONE}, {@code REWARD} or {@code ACCOUNTABILITY}; when absent, {@code ACCOUNTABILITY} for a
 *            failed result and {@code NONE} otherwise
 * @param note optional, at most 500 characters
 */
public record AppraisalInput(Long personId, String period, BigDecimal score, String result, String followUp,
        String note) {
}
