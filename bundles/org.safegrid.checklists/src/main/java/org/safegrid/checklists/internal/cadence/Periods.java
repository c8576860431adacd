package org.safegrid.checklists.internal.cadence;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;

/**
 * The periods of the three cadences:
 * <ul>
 * <li>daily: the day, key {@code 2026-11-28};</li>
 * <li>weekly: the ISO week, Monday to Sunday, key {@code 2026-W48} with the ISO week-based year (so 2026-12-31, a
 * Thursday, is in {@code 2026-W53} and 2027-01-01 too; 2029-12-31, a Monday, is in {@code 2030-W01});</li>
 * <li>monthly: the calendar month, key {@code 2026-11}.</li>
 * </ul>
 */
public final class Periods {

    /** Keys are read for these years only: a wider range is surely a mistake. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2999;

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private Periods() {
    }

    /** The period of this cadence that holds the day. */
    public static Period of(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case DAILY -> new Period(cadence, day.toString(), day, day);
            case WEEKLY -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                String key = String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                yield new Period(cadence, key, monday, monday.plusDays(6));
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(day);
                yield new Period(cadence, month.toString(), month.atDay(1), month.atEndOfMonth());
            }
        };
    }

    /**
     * The period a key names, when the key is well formed for the cadence and names a real period (no 2026-02-30, no
     * week 53 in a year of 52 weeks).
     */
    public static Optional<Period> parse(Cadence cadence, String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            return switch (cadence) {
                case DAILY -> match(DAY, key)
                        .map(m -> LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))
                        .map(day -> of(cadence, day));
                case WEEKLY -> match(WEEK, key).flatMap(m -> week(year(m), Integer.parseInt(m.group(2))));
                case MONTHLY -> match(MONTH, key).map(m -> YearMonth.of(year(m), Integer.parseInt(m.group(2))))
                        .map(month -> of(cadence, month.atDay(1)));
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The periods that overlap the days from {@code from} to {@code to} (both included), in order. */
    public static List<Period> between(Cadence cadence, LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to);) {
            Period period = of(cadence, day);
            periods.add(period);
            day = period.end().plusDays(1);
        }
        return periods;
    }

    /** The period right after this one. */
    public static Period next(Period period) {
        return of(period.cadence(), period.end().plusDays(1));
    }

    private static Optional<Period> week(int year, int week) {
        // 4 January is always in week 1 of its week-based year
        LocalDate anyDayOfWeekOne = LocalDate.of(year, 1, 4);
        if (week < 1 || week > anyDayOfWeekOne.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        LocalDate day = anyDayOfWeekOne.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
        return Optional.of(of(Cadence.WEEKLY, day));
    }

    private static Optional<Matcher> match(Pattern pattern, String key) {
        Matcher m = pattern.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = year(m);
        return year < MIN_YEAR || year > MAX_YEAR ? Optional.empty() : Optional.of(m);
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }
}
