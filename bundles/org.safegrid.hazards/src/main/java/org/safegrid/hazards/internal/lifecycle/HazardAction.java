package org.safegrid.hazards.internal.lifecycle;

import org.safegrid.hazards.api.HazardEvents;

/**
 * What can happen to a hazard: the steps of its lifecycle (see {@link Lifecycle}), each recorded in its timeline and
 * published under its topic.
 */
public enum HazardAction {
    /** Reported: a new hazard, {@code REPORTED}. */
    REPORT(HazardEvents.CREATED),
    /** The five fixes of a major hazard recorded or replaced; the state stays. */
    RECORD_FIXES(HazardEvents.FIXES_RECORDED),
    /** Rectification starts. */
    RECTIFY(HazardEvents.RECTIFYING),
    /** The rectification is done and submitted, with evidence, for verification. */
    SUBMIT(HazardEvents.AWAITING_VERIFICATION),
    /** Verified and accepted by someone other than the reporter: closed (销号). */
    ACCEPT(HazardEvents.CLOSED),
    /** Verified and rejected: back to rectification. */
    REJECT(HazardEvents.REJECTED),
    /** Closing directly, without verification: never allowed. */
    CLOSE(null),
    /** Found past its deadline by the overdue job; the state stays. */
    MARK_OVERDUE(HazardEvents.OVERDUE);

    private final String topic;

    HazardAction(String topic) {
        this.topic = topic;
    }

    /** The EventAdmin topic published after this action, or null for one that never happens. */
    public String topic() {
        return topic;
    }
}
