package org.safegrid.checklists.internal.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * What the cadence needs of an enterprise.
 *
 * @param operating only operating enterprises owe self-inspections
 * @param since the day it was registered in SafeGrid (in the town's zone): nothing is owed for periods that ended
 *            before; null when unknown
 */
public record EnterpriseFacts(long id, String name, String sector, Set<String> flags, boolean operating,
        LocalDate since) {

    public EnterpriseFacts {
        flags = Set.copyOf(flags);
    }

    public static EnterpriseFacts of(Enterprise enterprise, ZoneId zone) {
        return new EnterpriseFacts(enterprise.id(), enterprise.name(), enterprise.sector(),
                enterprise.flags().stream().map(Enum::name).collect(Collectors.toSet()),
                enterprise.status() == EnterpriseStatus.OPERATING,
                enterprise.createdAt() == null ? null : enterprise.createdAt().atZone(zone).toLocalDate());
    }

    public boolean owes(TemplateHead template) {
        return operating && template.active() && template.appliesTo(sector, flags);
    }

    /** The first day whose periods the enterprise owes for this template: the later of the two arrivals. */
    public LocalDate owedFrom(TemplateHead template, ZoneId zone) {
        LocalDate templateSince = template.firstCreatedAt() == null
                ? null
                : template.firstCreatedAt().atZone(zone).toLocalDate();
        if (since == null) {
            return templateSince;
        }
        return templateSince == null || templateSince.isBefore(since) ? since : templateSince;
    }
}
