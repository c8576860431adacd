package org.safegrid.inbox.internal.duty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored duty entry, as the REST API shows it.
 *
 * @param source {@code MANUAL}, or the topic of the enforcement event that recorded it
 * @param automatic whether an event recorded it (not the user by hand)
 */
public record DutyEntry(long id, String username, DutyLayer layer, DutyKind kind, String periodKey,
        LocalDate periodStart, LocalDate periodEnd, String department, String village, String source,
        boolean automatic, String note, Instant createdAt) {
}
