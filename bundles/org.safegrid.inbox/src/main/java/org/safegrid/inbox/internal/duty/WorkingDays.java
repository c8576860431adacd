package org.safegrid.inbox.internal.duty;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Tells working days from the others. */
@FunctionalInterface
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /** Monday to Friday, without holidays: what counts when the town's calendar is not available. */
    WorkingDays WEEKDAYS = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
}
