package org.safegrid.checklists.internal.cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.safegrid.checklists.api.WorkCalendar;

/**
 * Working days as China keeps them: Monday to Friday, minus public holidays, plus the weekend days worked in their
 * place (调休上班). A day named in both lists is a working day.
 */
public final class HolidayCalendar implements WorkCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    public HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    @Override
    public int workingDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Set<LocalDate> workingWeekends() {
        return workingWeekends;
    }
}
