package org.safegrid.hazards.internal.model;

import java.time.Instant;

import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.lifecycle.HazardAction;

/**
 * One entry of a hazard's timeline.
 *
 * @param fromState the state before, null for the report
 * @param toState the state after (the same as before for fixes and overdue entries)
 * @param evidence what was done, for a submitted rectification
 */
public record TimelineEntry(long id, Instant at, String user, HazardAction action, HazardState fromState,
        HazardState toState, String note, String evidence) {
}
