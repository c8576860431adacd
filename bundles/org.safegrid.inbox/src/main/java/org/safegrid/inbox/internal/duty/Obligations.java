package org.safegrid.inbox.internal.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;
import org.safegrid.inbox.internal.validation.Failures.NotDue;

/**
 * What the staff layers owe, period by period. A duty is owed for the period holding today (due) and for every period
 * that ended within the last {@value #WINDOW_DAYS} days (overdue unless recorded); daily duties only on working days.
 * An entry may be recorded for exactly those periods: not ahead of time, and not for a period that ended longer ago.
 */
public final class Obligations {

    /** How far back an unrecorded period still shows as overdue, and may still be recorded. */
    public static final int WINDOW_DAYS = 30;

    private final WorkingDays calendar;

    public Obligations(WorkingDays calendar) {
        this.calendar = calendar;
    }

    /** Whether a period of this kind is owed at all: a daily duty only on a working day. */
    public boolean owed(DutyKind kind, Period period) {
        return kind.cadence() != Cadence.DAILY || calendar.isWorkingDay(period.start());
    }

    /** Why the period may not be recorded today; empty when it may. */
    public Optional<NotDue> refusal(DutyKind kind, Period period, LocalDate today) {
        if (period.start().isAfter(today)) {
            return Optional.of(NotDue.FUTURE);
        }
        if (period.end().isBefore(firstDay(today))) {
            return Optional.of(NotDue.TOO_OLD);
        }
        if (!owed(kind, period)) {
            return Optional.of(NotDue.NOT_WORKING_DAY);
        }
        return Optional.empty();
    }

    /** The periods of this kind owed from the window's first day to today, newest (the current one) first. */
    public List<Period> periods(DutyKind kind, LocalDate today) {
        LocalDate first = firstDay(today);
        List<Period> periods = new ArrayList<>();
        for (Period p = DutyPeriods.of(kind.cadence(), today); !p.end().isBefore(first); p = DutyPeriods
                .of(kind.cadence(), p.start().minusDays(1))) {
            if (owed(kind, p)) {
                periods.add(p);
            }
        }
        return periods;
    }

    /**
     * Every duty the user owes in the window, newest period first per kind, with its state.
     *
     * @param done the recorded entries as {@link #key(DutyKind, String)}
     */
    public List<OwedDuty> owed(StaffRoles staff, LocalDate today, Set<String> done) {
        List<OwedDuty> owed = new ArrayList<>();
        for (DutyKind kind : staff.kinds()) {
            for (Period period : periods(kind, today)) {
                DutyState state = done.contains(key(kind, period.key()))
                        ? DutyState.DONE
                        : period.end().isBefore(today) ? DutyState.OVERDUE : DutyState.DUE;
                owed.add(new OwedDuty(kind, period, state));
            }
        }
        return owed;
    }

    /** The first day of the window: periods ending before it are neither overdue nor recordable. */
    public static LocalDate firstDay(LocalDate today) {
        return today.minusDays(WINDOW_DAYS);
    }

    /** How a recorded entry is matched to an owed duty. */
    public static String key(DutyKind kind, String periodKey) {
        return kind.name() + ":" + periodKey;
    }
}
