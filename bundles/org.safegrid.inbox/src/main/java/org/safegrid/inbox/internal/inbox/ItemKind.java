package org.safegrid.inbox.internal.inbox;

/** What an inbox item is. */
public enum ItemKind {
    /** An alert raised by the platform or a department's rule. */
    ALERT,
    /** A duty of the running period not yet recorded. */
    DUTY_DUE,
    /** A duty of a period that ended within the last 30 days without an entry. */
    DUTY_OVERDUE,
    /**
     * Reserved: a count of overdue self-inspections in the user's scope. Not produced yet: {@code ChecklistService}
     * offers no scoped count.
     */
    SELF_INSPECTION_OVERDUE,
    /** Reserved: a count of overdue hazards in the user's scope. Not produced yet: {@code HazardService} has no count. */
    HAZARD_OVERDUE
}
