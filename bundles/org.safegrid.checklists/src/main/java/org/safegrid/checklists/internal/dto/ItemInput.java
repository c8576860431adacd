package org.safegrid.checklists.internal.dto;

/**
 * An item of a template as a client writes it.
 *
 * @param text what to check, in Chinese (at most 500 characters)
 * @param textEn in English; the Chinese text when absent
 * @param category {@code PEOPLE}, {@code EQUIPMENT}, {@code PROCESS}, {@code ENVIRONMENT} or {@code MANAGEMENT}
 * @param legalBasis the law or standard behind it, required, at most 200 characters
 * @param severityHint {@code GENERAL} (default) or {@code MAJOR}
 */
public record ItemInput(String code, String text, String textEn, String category, String legalBasis,
        String severityHint) {
}
