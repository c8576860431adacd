package org.safegrid.checklists.internal.model;

/** That an enterprise submitted a template for a period: what due lists and compliance count. */
public record SubmittedPeriod(long enterpriseId, String templateCode, String periodKey, long submissionId) {
}
