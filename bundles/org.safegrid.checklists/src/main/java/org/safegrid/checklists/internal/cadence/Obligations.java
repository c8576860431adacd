package org.safegrid.checklists.internal.cadence;

import java.time.LocalDate;
import java.util.List;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.WorkCalendar;

/**
 * Which periods an enterprise owes a self-inspection for, and which it may still submit:
 * <ul>
 * <li>a daily checklist is owed on working days only (no self-inspection is owed on a holiday); a weekly or monthly
 * one in every period;</li>
 * <li>nothing is owed for a period that ended before the enterprise, or the template, came into SafeGrid
 * ({@code owedFrom});</li>
 * <li>an owed period is overdue once its last day is before today, without a submission;</li>
 * <li>the current period may be submitted, and so may overdue ones whose last day is at most
 * {@value #LATE_DAYS} days ago.</li>
 * </ul>
 */
public final class Obligations {

    /** How many days after its end an overdue period may still be submitted, and is listed as overdue. */
    public static final int LATE_DAYS = 30;

    /** Whether a period may be submitted today, and if not, why. */
    public enum Dueness {
        /** The period holding today. */
        CURRENT,
        /** Ended at most {@value #LATE_DAYS} days ago (for a daily one: a working day). */
        LATE,
        /** Not begun yet. */
        FUTURE,
        /** Ended more than {@value #LATE_DAYS} days ago. */
        TOO_OLD,
        /** A past day that was not a working day: nothing was owed. */
        NOT_WORKING_DAY;

        public boolean accepted() {
            return this == CURRENT || this == LATE;
        }
    }

    private Obligations() {
    }

    /** Whether the period is owed at all: a daily one on working days only, none ending before {@code owedFrom}. */
    public static boolean owed(Period period, WorkCalendar calendar, LocalDate owedFrom) {
        if (owedFrom != null && period.end().isBefore(owedFrom)) {
            return false;
        }
        return period.cadence() != Cadence.DAILY || calendar.isWorkingDay(period.start());
    }

    /** Whether the period is over: its last day is before today. */
    public static boolean ended(Period period, LocalDate today) {
        return period.end().isBefore(today);
    }

    /** The owed periods whose last day lies from {@code firstEnd} to {@code lastEnd}, both included, in order. */
    public static List<Period> endingBetween(Cadence cadence, LocalDate firstEnd, LocalDate lastEnd,
            WorkCalendar calendar, LocalDate owedFrom) {
        if (lastEnd.isBefore(firstEnd)) {
            return List.of();
        }
        return Periods.between(cadence, firstEnd, lastEnd).stream()
                .filter(p -> !p.end().isAfter(lastEnd))
                .filter(p -> owed(p, calendar, owedFrom))
                .toList();
    }

    /** Whether the period may be submitted today. */
    public static Dueness dueness(Period period, LocalDate today, WorkCalendar calendar) {
        if (period.equals(Periods.of(period.cadence(), today))) {
            return Dueness.CURRENT;
        }
        if (period.start().isAfter(today)) {
            return Dueness.FUTURE;
        }
        if (period.end().isBefore(today.minusDays(LATE_DAYS))) {
            return Dueness.TOO_OLD;
        }
        if (period.cadence() == Cadence.DAILY && !calendar.isWorkingDay(period.start())) {
            return Dueness.NOT_WORKING_DAY;
        }
        return Dueness.LATE;
    }
}
