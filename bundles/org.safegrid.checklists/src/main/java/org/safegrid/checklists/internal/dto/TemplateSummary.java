package org.safegrid.checklists.internal.dto;

import java.time.Instant;
import java.util.List;

import org.safegrid.api.checklist.Cadence;

/** A template's latest version in a list: without its items, with their count. */
public record TemplateSummary(String code, int version, String name, String nameEn, Cadence cadence,
        List<String> sectors, List<String> flags, String department, String source, boolean active, Instant createdAt,
        String createdBy, boolean editable, int itemCount) {
}
