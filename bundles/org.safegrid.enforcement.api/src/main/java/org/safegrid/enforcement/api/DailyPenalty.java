package org.safegrid.enforcement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily continuing penalty (按日连续处罚) decided when an enterprise refuses to rectify after a penalty. What has
 * accrued is on the case ({@link EnforcementCase#accrued()}), worked out when it is read.
 *
 * @param amountPerDay yuan per day
 * @param startsOn the first day that counts
 * @param stoppedOn the day it was rectified, which still counts; null while it runs
 */
public record DailyPenalty(BigDecimal amountPerDay, String legalBasis, String note, LocalDate startsOn,
        LocalDate stoppedOn, Instant decidedAt, String decidedBy) {
}
