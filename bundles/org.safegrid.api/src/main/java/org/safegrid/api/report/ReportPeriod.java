package org.safegrid.api.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report covers, both ends included: a day ({@code 2026-11-28}), an ISO week ({@code 2026-W48}), a month
 * ({@code 2026-11}) or a custom range of at most {@value #MAX_DAYS} days.
 *
 * @param granularity what kind of period it is
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record ReportPeriod(Granularity granularity, LocalDate from, LocalDate to) {

    /** The longest custom range, in days. */
    public static final int MAX_DAYS = 366;

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** The kinds of period. */
    public enum Granularity {
        DAY, WEEK, MONTH, CUSTOM
    }

    public ReportPeriod {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a period may cover at most " + MAX_DAYS + " days");
        }
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(Granularity.DAY, day, day);
    }

    /** The ISO week (Monday to Sunday) holding the day. */
    public static ReportPeriod week(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return new ReportPeriod(Granularity.WEEK, monday, monday.plusDays(6));
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod(Granularity.CUSTOM, from, to);
    }

    /**
     * Reads a period key: {@code 2026-11-28}, {@code 2026-W48} or {@code 2026-11}.
     *
     * @throws IllegalArgumentException when the key is none of these, or names no real day, week or month
     */
    public static ReportPeriod parse(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("no period given; use 2026-11-28, 2026-W48 or 2026-11");
        }
        String k = key.trim();
        try {
            Matcher m = DAY.matcher(k);
            if (m.matches()) {
                return day(LocalDate.parse(k));
            }
            m = WEEK.matcher(k);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate probe = LocalDate.of(year, 6, 1);
                if (week < 1 || week > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw new IllegalArgumentException("week " + week + " does not exist in " + year);
                }
                LocalDate day = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return week(day);
            }
            m = MONTH.matcher(k);
            if (m.matches()) {
                return month(YearMonth.parse(k));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a real day, week or month: " + k);
        }
        throw new IllegalArgumentException("unknown period '" + k + "'; use 2026-11-28, 2026-W48 or 2026-11");
    }

    /** The key of the period: {@code 2026-11-28}, {@code 2026-W48}, {@code 2026-11} or {@code 2026-11-01..2026-11-15}. */
    public String key() {
        return switch (granularity) {
            case DAY -> from.toString();
            case WEEK -> String.format("%d-W%02d", from.get(IsoFields.WEEK_BASED_YEAR),
                    from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(from).toString();
            case CUSTOM -> from + ".." + to;
        };
    }

    /** The period of the same kind and length just before this one. */
    public ReportPeriod previous() {
        return switch (granularity) {
            case DAY -> day(from.minusDays(1));
            case WEEK -> week(from.minusDays(7));
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    /** How many days the period covers. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether the day lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
