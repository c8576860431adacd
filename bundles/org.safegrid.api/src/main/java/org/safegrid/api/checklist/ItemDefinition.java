package org.safegrid.api.checklist;

import org.safegrid.api.module.LocalizedText;

/**
 * One item of a checklist template.
 *
 * @param code stable within its template: lower-case letters, digits and hyphens
 * @param text what to check
 * @param category which of the five aspects it belongs to
 * @param legalBasis the law, regulation or standard behind it, for example 《安全生产法》第四十一条
 * @param severityHint how serious a failure usually is
 */
public record ItemDefinition(String code, LocalizedText text, ItemCategory category, String legalBasis,
        SeverityHint severityHint) {

    public ItemDefinition {
        TemplateDefinition.requireCode(code, "item");
        if (text == null || category == null || severityHint == null) {
            throw new IllegalArgumentException("item " + code + " needs a text, a category and a severity hint");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("item " + code + " needs a legal basis");
        }
    }
}
