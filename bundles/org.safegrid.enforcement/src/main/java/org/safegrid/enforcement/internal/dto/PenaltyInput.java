package org.safegrid.enforcement.internal.dto;

import java.math.BigDecimal;

/**
 * The body of {@code POST /api/enforcement/cases/{id}/penalty}: step 3.
 *
 * @param amount the fine in yuan, more than 0, at most two decimals
 * @param legalBasis required, at most 500 characters
 * @param note optional, at most 2000 characters
 */
public record PenaltyInput(BigDecimal amount, String legalBasis, String note) {
}
