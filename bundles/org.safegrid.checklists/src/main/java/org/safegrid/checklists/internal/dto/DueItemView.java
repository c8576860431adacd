package org.safegrid.checklists.internal.dto;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.DueState;
import org.safegrid.checklists.api.Period;

/**
 * A self-inspection an enterprise owes: a template (its latest version, to fill in) in a period.
 *
 * @param submissionId the submission when {@code DONE}, otherwise null
 */
public record DueItemView(String templateCode, int templateVersion, String templateName, String templateNameEn,
        Cadence cadence, Period period, DueState state, Long submissionId) {
}
