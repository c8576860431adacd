package org.safegrid.inbox.internal.duty;

import org.safegrid.checklists.api.Period;

/** A duty a user owes for one period, and where it stands. */
public record OwedDuty(DutyKind kind, Period period, DutyState state) {
}
