package org.safegrid.inbox.internal.duty;

/** Where an owed duty stands. */
public enum DutyState {
    /** The period is running and nothing is recorded. */
    DUE,
    /** The period ended (within the window) without an entry. */
    OVERDUE,
    /** Recorded. */
    DONE
}
