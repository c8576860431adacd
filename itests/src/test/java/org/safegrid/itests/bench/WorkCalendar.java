package org.safegrid.itests.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days as the checklists bundle counts them with its shipped configuration (PID
 * {@code org.safegrid.checklists.calendar}, the State Council's 2026 arrangement): Monday to Friday, minus the
 * holidays, plus the adjusted working weekends. Other years have no holidays configured, so only weekends are off.
 */
final class WorkCalendar {

    private static final String HOLIDAYS = "2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-04-04..2026-04-06,"
      + " 2026-05-01..2026-05-05, 2026-06-19..2026-06-21, 2026-09-25..2026-09-27, 2026-10-01..2026-10-07";
    private static final String WORKING_WEEKENDS = "2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20,"
      + " 2026-10-10";

    private final Set<LocalDate> holidays = days(HOLIDAYS);
    private final Set<LocalDate> workingWeekends = days(WORKING_WEEKENDS);

    boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    private static Set<LocalDate> days(String list) {
        Set<LocalDate> result = new HashSet<>();
        for (String entry : list.split(",")) {
            String e = entry.strip();
            if (e.contains("..")) {
                LocalDate from = LocalDate.parse(e.substring(0, e.indexOf("..")));
                LocalDate to = LocalDate.parse(e.substring(e.indexOf("..") + 2));
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    result.add(d);
                }
            } else {
                result.add(LocalDate.parse(e));
            }
        }
        return result;
    }
}
