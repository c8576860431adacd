package org.safegrid.checklists.internal.model;

import java.time.Instant;

import org.safegrid.checklists.api.Period;

/** A submission without its answers, as lists show it. */
public record SubmissionHead(long id, long enterpriseId, String templateCode, int templateVersion, Period period,
        int failedItems, Instant submittedAt, String submittedBy) {
}
