package org.safegrid.dept.agriculture.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A season that comes back every year, from one day of the year to another, both included: the flood season (5-01 to
 * 9-30) or a forest fire season that runs over the new year (10-01 to 4-30).
 *
 * @param start its first day
 * @param end its last day
 */
public record Season(MonthDay start, MonthDay end) {

    public Season {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Reads {@code MM-dd} ends, for example {@code 05-01} and {@code 09-30}.
     *
     * @throws IllegalArgumentException when either is not a day of the year
     */
    public static Season parse(String start, String end) {
        return new Season(day(start), day(end));
    }

    private static MonthDay day(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no day of the year given (MM-dd)");
        }
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a day of the year (MM-dd): " + text);
        }
    }

    /** Whether the season runs over the new year. */
    public boolean wraps() {
        return end.isBefore(start);
    }

    /** The first day of the season's occurrence that holds {@code day}; empty when the day lies outside it. */
    public Optional<LocalDate> startOf(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        if (!wraps()) {
            return !md.isBefore(start) && !md.isAfter(end) ? Optional.of(at(start, day.getYear())) : Optional.empty();
        }
        if (!md.isBefore(start)) {
            return Optional.of(at(start, day.getYear()));
        }
        return !md.isAfter(end) ? Optional.of(at(start, day.getYear() - 1)) : Optional.empty();
    }

    /** Whether the day lies in the season. */
    public boolean contains(LocalDate day) {
        return startOf(day).isPresent();
    }

    /** {@code 05-01 – 09-30}. */
    @Override
    public String toString() {
        return String.format("%02d-%02d – %02d-%02d", start.getMonthValue(), start.getDayOfMonth(),
                end.getMonthValue(), end.getDayOfMonth());
    }

    private static LocalDate at(MonthDay day, int year) {
        try {
            return day.atYear(year);
        } catch (DateTimeException e) {
            return LocalDate.of(year, 2, 28); // 02-29 in a common year
        }
    }
}
