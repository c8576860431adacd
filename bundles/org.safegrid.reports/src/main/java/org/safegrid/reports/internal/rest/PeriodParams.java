package org.safegrid.reports.internal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.safegrid.api.report.ReportPeriod;

/**
 * Reads the period of a report request: {@code period=2026-11} (or a week {@code 2026-W48}, or a day
 * {@code 2026-11-28}), or {@code from=...&to=...} (a custom range of at most {@value ReportPeriod#MAX_DAYS} days). A
 * period that starts after today is refused: it has nothing to count yet.
 */
final class PeriodParams {

    private PeriodParams() {
    }

    static ReportPeriod parse(String period, String from, String to, LocalDate today, boolean english) {
        boolean hasPeriod = period != null && !period.isBlank();
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (hasPeriod && (hasFrom || hasTo)) {
            throw Failures.badRequest("bad_period", "period", Failures.BOTH_PERIODS.format(english));
        }
        ReportPeriod result;
        if (hasPeriod) {
            try {
                result = ReportPeriod.parse(period);
            } catch (IllegalArgumentException e) {
                throw Failures.badRequest("bad_period", "period",
                        Failures.BAD_PERIOD.format(english, Failures.cut(period.strip())));
            }
        } else if (!hasFrom && !hasTo) {
            throw Failures.badRequest("bad_period", "period", Failures.NO_PERIOD.format(english));
        } else if (!hasFrom || !hasTo) {
            throw Failures.badRequest("bad_range", hasFrom ? "to" : "from", Failures.HALF_RANGE.format(english));
        } else {
            LocalDate first = date("from", from, english);
            LocalDate last = date("to", to, english);
            if (last.isBefore(first)) {
                throw Failures.badRequest("bad_range", "to", Failures.BAD_RANGE.format(english, first, last));
            }
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            if (days > ReportPeriod.MAX_DAYS) {
                throw Failures.rangeTooLong(english, days);
            }
            result = ReportPeriod.custom(first, last);
        }
        if (result.from().isAfter(today)) {
            throw Failures.badRequest("bad_period", hasPeriod ? "period" : "from",
                    Failures.FUTURE.format(english, result.key()));
        }
        return result;
    }

    /** The years a report date may lie in. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;

    private static LocalDate date(String name, String value, boolean english) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
                // the trend and the streaks step back from it: a year near LocalDate.MIN would overflow
                throw new DateTimeParseException("year out of range", value, 0);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw Failures.badRequest("bad_" + name, name,
                    Failures.BAD_DATE.format(english, name, Failures.cut(value.strip())));
        }
    }
}
