package org.safegrid.inbox.internal.duty;

import org.safegrid.checklists.api.Period;

/** A checked duty entry from a client. */
public record ValidDuty(DutyKind kind, Period period, String note) {
}
