package org.safegrid.checklists.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.api.TemplateItem;

/**
 * A template version without its items: what due lists, overdue counts and compliance need.
 *
 * @param id the stored version's row id
 * @param firstCreatedAt when the template's first version was stored: nothing is owed for periods that ended before
 */
public record TemplateHead(long id, String code, int version, String name, String nameEn, Cadence cadence,
        Set<String> sectors, Set<String> flags, String department, String source, boolean active, Instant createdAt,
        String createdBy, Instant firstCreatedAt) {

    public TemplateHead {
        sectors = Set.copyOf(sectors);
        flags = Set.copyOf(flags);
    }

    /**
     * Whether the template applies to an enterprise of this sector with these flags: its sector is one of the
     * template's sectors (or the template names none), and it has one of the template's flags (or the template names
     * none). The rule of {@code TemplateDefinition.appliesTo}.
     */
    public boolean appliesTo(String sector, Set<String> enterpriseFlags) {
        boolean sectorMatches = sectors.isEmpty() || sectors.contains(sector);
        boolean flagMatches = flags.isEmpty() || flags.stream().anyMatch(enterpriseFlags::contains);
        return sectorMatches && flagMatches;
    }

    /** Whether the template was written in SafeGrid (and may be edited there). */
    public boolean custom() {
        return Sources.CUSTOM.equals(source);
    }

    /** The full version, with its items. */
    public Template with(List<TemplateItem> items) {
        return new Template(code, version, name, nameEn, cadence, sectors, flags, items, department, source, active,
                createdAt, createdBy);
    }
}
