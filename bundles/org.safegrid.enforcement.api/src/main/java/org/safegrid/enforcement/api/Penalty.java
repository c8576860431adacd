package org.safegrid.enforcement.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Step 3: the penalty decision where the re-inspection found the problem not rectified.
 *
 * @param amount the fine in yuan
 * @param legalBasis the provisions it rests on
 * @param aggravated whether it was decided against a repeat offender (从重)
 */
public record Penalty(BigDecimal amount, String legalBasis, String note, boolean aggravated, Instant decidedAt,
        String decidedBy) {
}
