package org.safegrid.enforcement.internal.validation;

import java.time.LocalDate;

/** The date checks the forms share. */
final class Dates {

    private Dates() {
    }

    /** A required day that has happened: from {@link Limits#EARLIEST} (or {@code notBefore}) to today. */
    static LocalDate past(String field, String value, LocalDate today, InputReader reader) {
        return past(field, value, today, Limits.EARLIEST, reader);
    }

    static LocalDate past(String field, String value, LocalDate today, LocalDate notBefore, InputReader reader) {
        LocalDate date = reader.date(field, value, true);
        if (date == null) {
            return null;
        }
        if (date.isAfter(today)) {
            return reader.fail(field, Message.DATE_IN_FUTURE, null);
        }
        LocalDate earliest = notBefore == null || notBefore.isBefore(Limits.EARLIEST) ? Limits.EARLIEST : notBefore;
        if (date.isBefore(earliest)) {
            return reader.fail(field, Message.DATE_TOO_EARLY, earliest);
        }
        return date;
    }

    /** A required day from {@code notBefore} to {@link Limits#MAX_DAYS_AHEAD} days after today. */
    static LocalDate ahead(String field, String value, LocalDate today, LocalDate notBefore, Message tooEarly,
            InputReader reader) {
        LocalDate date = reader.date(field, value, true);
        if (date == null) {
            return null;
        }
        if (date.isBefore(notBefore)) {
            return reader.fail(field, tooEarly, notBefore);
        }
        LocalDate latest = today.plusDays(Limits.MAX_DAYS_AHEAD);
        if (date.isAfter(latest)) {
            return reader.fail(field, Message.DATE_TOO_LATE, latest);
        }
        return date;
    }
}
