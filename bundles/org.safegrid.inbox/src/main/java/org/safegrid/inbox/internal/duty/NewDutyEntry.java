package org.safegrid.inbox.internal.duty;

import java.time.Instant;

import org.safegrid.checklists.api.Period;

/**
 * A duty entry to store.
 *
 * @param source {@value #MANUAL}, or the topic of the event that recorded it
 */
public record NewDutyEntry(String username, DutyKind kind, Period period, String department, String village,
        String source, String note, Instant createdAt) {

    /** The source of entries a user made by hand. */
    public static final String MANUAL = "MANUAL";
}
