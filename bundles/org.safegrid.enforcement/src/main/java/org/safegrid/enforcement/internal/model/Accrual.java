package org.safegrid.enforcement.internal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a daily continuing penalty (按日连续处罚) has accrued as of a day: every day from the first day to the day it
 * stopped (the day of rectification), or to the day asked about while it runs, both included. Nothing before the first
 * day, and nothing without a daily penalty.
 *
 * @param days the days counted
 * @param amount {@code days × amountPerDay}, in yuan to the fen
 */
public record Accrual(long days, BigDecimal amount) {

    public static final Accrual NONE = new Accrual(0, BigDecimal.ZERO.setScale(2));

    /**
     * @param amountPerDay yuan per day; null when there is no daily penalty
     * @param startsOn the first day that counts; null when there is no daily penalty
     * @param stoppedOn the day it stopped, which counts; null while it runs
     * @param today the town's date
     */
    public static Accrual of(BigDecimal amountPerDay, LocalDate startsOn, LocalDate stoppedOn, LocalDate today) {
        if (amountPerDay == null || startsOn == null) {
            return NONE;
        }
        LocalDate last = stoppedOn == null || stoppedOn.isAfter(today) ? today : stoppedOn;
        if (last.isBefore(startsOn)) {
            return NONE;
        }
        long days = ChronoUnit.DAYS.between(startsOn, last) + 1;
        return new Accrual(days, amountPerDay.multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP));
    }
}
