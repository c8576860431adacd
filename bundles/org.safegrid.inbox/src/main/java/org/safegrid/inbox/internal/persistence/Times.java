package org.safegrid.inbox.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants are stored as UTC date-times to the second: portable TIMESTAMP columns, independent of the server's zone. */
public final class Times {

    private Times() {
    }

    public static LocalDateTime toDb(Instant instant) {
        return instant == null
                ? null
                : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }

    public static Instant fromDb(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant(ZoneOffset.UTC);
    }
}
