package org.safegrid.checklists.api;

/**
 * A self-inspection an enterprise owes: one template in one period.
 *
 * @param submissionId the submission, when {@link DueState#DONE}; otherwise 0
 */
public record DueInspection(long enterpriseId, String enterpriseName, String templateCode, String templateName,
        Period period, DueState state, long submissionId) {
}
