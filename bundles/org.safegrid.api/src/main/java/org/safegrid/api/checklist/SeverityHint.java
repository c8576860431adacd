package org.safegrid.api.checklist;

/** How serious a failed item usually is: a general or a major hazard. The person reporting decides. */
public enum SeverityHint {
    GENERAL, MAJOR
}
