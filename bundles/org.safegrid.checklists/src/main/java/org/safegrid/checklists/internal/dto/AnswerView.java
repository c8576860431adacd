package org.safegrid.checklists.internal.dto;

import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.checklists.api.AnswerResult;

/**
 * An answer with its item as the template version had it.
 *
 * @param hazardId the hazard a failed item reported, otherwise null
 */
public record AnswerView(String itemCode, String text, String textEn, ItemCategory category, String legalBasis,
        SeverityHint severityHint, AnswerResult result, String note, Long hazardId) {
}
