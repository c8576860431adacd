package org.safegrid.enforcement.internal.dto;

import java.math.BigDecimal;

/**
 * The body of {@code POST /api/enforcement/cases/{id}/refusal}: the enterprise refuses to rectify after the penalty,
 * which starts the daily continuing penalty.
 *
 * @param dailyAmount yuan per day, more than 0, at most two decimals
 * @param legalBasis required, at most 500 characters
 * @param startsOn the first day that counts, not before the penalty decision
 * @param note optional, at most 2000 characters
 */
public record RefusalInput(BigDecimal dailyAmount, String legalBasis, String startsOn, String note) {
}
