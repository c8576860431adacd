package org.safegrid.checklists.internal.dto;

import java.util.List;

/**
 * The body of {@code POST /api/checklists/submissions}.
 *
 * @param templateVersion the version the form was filled against; any stored version of an active template
 * @param periodKey {@code 2026-11-28}, {@code 2026-W48} or {@code 2026-11}, after the template's cadence
 * @param answers one per item of the template version
 */
public record SubmissionInput(Long enterpriseId, String templateCode, Integer templateVersion, String periodKey,
        List<AnswerInput> answers) {
}
