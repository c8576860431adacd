package org.safegrid.checklists.api;

/** Where a due self-inspection stands. */
public enum DueState {
    /** The period is running and nothing is submitted. */
    DUE,
    /** The period ended without a submission. */
    OVERDUE,
    /** Submitted. */
    DONE
}
