package org.safegrid.enforcement.api;

import java.time.Instant;

/**
 * One entry of a case's timeline.
 *
 * @param state the case's state after the step
 * @param summary what was decided, for example the deadline or the amount
 */
public record CaseStep(long id, long caseId, CaseAction action, CaseState state, Instant at, String by,
        String summary, String note) {
}
