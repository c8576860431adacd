package org.safegrid.api.checklist;

/** How often a checklist is due: every day, every week (Monday to Sunday) or every month. */
public enum Cadence {
    DAILY, WEEKLY, MONTHLY
}
