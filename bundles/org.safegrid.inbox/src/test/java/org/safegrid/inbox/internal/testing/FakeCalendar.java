package org.safegrid.inbox.internal.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.safegrid.checklists.api.WorkCalendar;

/**
 * A hand-written working-day calendar: Monday to Friday, less the holidays, plus the adjusted working weekend days.
 * By default the National Day week of 2026: 1 to 7 October off, Saturday 10 October worked.
 */
public final class FakeCalendar implements WorkCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    public FakeCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
    }

    public static FakeCalendar nationalDay2026() {
        LocalDate first = LocalDate.of(2026, 10, 1);
        return new FakeCalendar(Set.copyOf(first.datesUntil(first.plusDays(7)).toList()),
                Set.of(LocalDate.of(2026, 10, 10)));
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    @Override
    public int workingDays(LocalDate from, LocalDate to) {
        return (int) from.datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }
}
