package org.safegrid.checklists.internal.dto;

import java.time.Instant;
import java.util.List;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.TemplateItem;

/**
 * A template version as the REST API answers it.
 *
 * @param editable whether the caller may change it (a custom template of a department they write for)
 */
public record TemplateView(String code, int version, String name, String nameEn, Cadence cadence,
        List<String> sectors, List<String> flags, String department, String source, boolean active, Instant createdAt,
        String createdBy, boolean editable, List<TemplateItem> items) {
}
