package org.safegrid.checklists.api;

import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;

/** An item of a stored template version. */
public record TemplateItem(String code, String text, String textEn, ItemCategory category, String legalBasis,
        SeverityHint severityHint) {
}
