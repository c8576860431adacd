package org.safegrid.checklists.internal.dto;

import java.time.Instant;

import org.safegrid.checklists.api.Period;

/** A submission in a list. */
public record SubmissionSummary(long id, long enterpriseId, String templateCode, int templateVersion,
        String templateName, String templateNameEn, Period period, int failedItems, Instant submittedAt,
        String submittedBy) {
}
