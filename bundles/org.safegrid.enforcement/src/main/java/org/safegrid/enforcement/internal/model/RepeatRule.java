package org.safegrid.enforcement.internal.model;

import java.time.LocalDate;

/**
 * 累犯: a case repeats an earlier one when both are of the same enterprise and violation kind and the earlier order was
 * issued at most {@code windowDays} days before the new one (a case exactly {@code windowDays} days later still
 * repeats; one a day later does not). The enterprise then counts as a repeat offender for {@code windowDays} days
 * from the new case, both ends included.
 */
public final class RepeatRule {

    private RepeatRule() {
    }

    /** The earliest order date a case opened on {@code openedOn} repeats. */
    public static LocalDate windowStart(LocalDate openedOn, int windowDays) {
        return openedOn.minusDays(windowDays);
    }

    /** Whether a case opened on {@code later} repeats one opened on {@code earlier}. */
    public static boolean repeats(LocalDate earlier, LocalDate later, int windowDays) {
        return !earlier.isAfter(later) && !earlier.isBefore(windowStart(later, windowDays));
    }

    /** The last day a repeat offence found on {@code openedOn} counts. */
    public static LocalDate windowEnd(LocalDate openedOn, int windowDays) {
        return openedOn.plusDays(windowDays);
    }
}
