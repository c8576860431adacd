package org.safegrid.checklists.internal.model;

import org.safegrid.checklists.api.DueState;
import org.safegrid.checklists.api.Period;

/**
 * A self-inspection an enterprise owes: a template in a period, and where it stands.
 *
 * @param submissionId the submission when {@link DueState#DONE}, otherwise 0
 */
public record DueEntry(TemplateHead template, Period period, DueState state, long submissionId) {
}
