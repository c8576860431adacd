package org.safegrid.itests.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The periods of the generated history for each cadence, oldest first, as the checklists bundle keys them: a working
 * day ({@code 2026-11-28}), an ISO week ({@code 2026-W48}) or a month ({@code 2026-11}). Only periods owed are listed
 * (no daily one on a day off). A period must have started before {@code today}: today's day is left out (the data end
 * at midnight), the running week and month are in (they may be submitted already).
 */
final class Periods {

    record Period(String key, LocalDate start, LocalDate end) {
    }

    private final List<Period> daily = new ArrayList<>();
    private final List<Period> weekly = new ArrayList<>();
    private final List<Period> monthly = new ArrayList<>();

    Periods(LocalDate first, LocalDate today, WorkCalendar calendar) {
        for (LocalDate d = first; d.isBefore(today); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                daily.add(new Period(d.toString(), d, d));
            }
        }
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); monday
          .isBefore(today); monday = monday.plusWeeks(1)) {
            weekly.add(new Period(String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
              monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6)));
        }
        for (LocalDate month = first.withDayOfMonth(1); month.isBefore(today); month = month.plusMonths(1)) {
            monthly.add(new Period(String.format(Locale.ROOT, "%d-%02d", month.getYear(), month.getMonthValue()),
              month, month.with(TemporalAdjusters.lastDayOfMonth())));
        }
    }

    List<Period> of(String cadence) {
        return Collections.unmodifiableList(switch (cadence) {
        case "DAILY" -> daily;
        case "WEEKLY" -> weekly;
        case "MONTHLY" -> monthly;
        default -> throw new IllegalArgumentException("unknown cadence " + cadence);
        });
    }

    /** The index of the first period ending on or after the day, or the list's size when none does. */
    static int firstEndingOnOrAfter(List<Period> periods, LocalDate day) {
        int lo = 0;
        int hi = periods.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (periods.get(mid).end().isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last period starting before the day, or -1 when none does. */
    static int lastStartingBefore(List<Period> periods, LocalDate day) {
        int lo = 0;
        int hi = periods.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (periods.get(mid).start().isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
