package org.safegrid.inbox.internal.duty;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;

/**
 * The periods of the three cadences, with the keys the checklists use: a day {@code 2026-11-28}; an ISO week, Monday
 * to Sunday, {@code 2026-W48} (with the week-based year, so 2026-12-31 is in {@code 2026-W53}); a month
 * {@code 2026-11}.
 */
public final class DutyPeriods {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private DutyPeriods() {
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

    /** The period a key names, when it is well formed for the cadence and names a real period. */
    public static Optional<Period> parse(Cadence cadence, String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            return switch (cadence) {
                case DAILY -> match(DAY, key).map(m -> LocalDate.of(number(m, 1), number(m, 2), number(m, 3)))
                        .map(day -> of(cadence, day));
                case WEEKLY -> match(WEEK, key).flatMap(m -> week(number(m, 1), number(m, 2)));
                case MONTHLY -> match(MONTH, key).map(m -> YearMonth.of(number(m, 1), number(m, 2)))
                        .map(month -> of(cadence, month.atDay(1)));
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** How a key of the cadence is written, for messages. */
    public static String example(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> "2026-11-28";
            case WEEKLY -> "2026-W48";
            case MONTHLY -> "2026-11";
        };
    }

    private static Optional<Period> week(int year, int week) {
        // 4 January is always in week 1 of its week-based year
        LocalDate anyDayOfWeekOne = LocalDate.of(year, 1, 4);
        if (week < 1 || week > anyDayOfWeekOne.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(of(Cadence.WEEKLY, anyDayOfWeekOne.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)));
    }

    private static Optional<Matcher> match(Pattern pattern, String key) {
        Matcher m = pattern.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = number(m, 1);
        return year < 2000 || year > 2999 ? Optional.empty() : Optional.of(m);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
