package org.safegrid.checklists.internal.cadence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the calendar's configured days: each entry an ISO date ({@code 2026-10-01}) or an inclusive range
 * ({@code 2026-10-01..2026-10-07}); blank entries are skipped. Entries that cannot be read are reported, not guessed.
 */
public final class CalendarDates {

    /** A range longer than this is surely a typing mistake (a holiday of more than a month). */
    static final int MAX_RANGE_DAYS = 31;

    /** The days read and the entries refused, each with why. */
    public record Result(Set<LocalDate> days, List<String> problems) {
    }

    private CalendarDates() {
    }

    public static Result read(String[] entries) {
        Set<LocalDate> days = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String raw : entries == null ? new String[0] : entries) {
            // a configuration file may give several entries in one value, separated by commas
            for (String entry : raw == null ? new String[0] : raw.split(",")) {
                String text = entry.strip();
                if (!text.isEmpty()) {
                    read(text, days, problems);
                }
            }
        }
        return new Result(days, problems);
    }

    private static void read(String text, Set<LocalDate> days, List<String> problems) {
        try {
            int dots = text.indexOf("..");
            if (dots < 0) {
                days.add(LocalDate.parse(text));
                return;
            }
            LocalDate from = LocalDate.parse(text.substring(0, dots).strip());
            LocalDate to = LocalDate.parse(text.substring(dots + 2).strip());
            if (to.isBefore(from)) {
                problems.add(text + ": the range ends before it starts");
            } else if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
                problems.add(text + ": a range may span at most " + MAX_RANGE_DAYS + " days");
            } else {
                from.datesUntil(to.plusDays(1)).forEach(days::add);
            }
        } catch (DateTimeException e) {
            problems.add(text + ": not a date (yyyy-MM-dd) or a range (yyyy-MM-dd..yyyy-MM-dd)");
        }
    }
}
