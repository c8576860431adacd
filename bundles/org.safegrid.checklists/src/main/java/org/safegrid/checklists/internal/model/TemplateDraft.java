package org.safegrid.checklists.internal.model;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.api.TemplateItem;

/** A template's definition as it is to be stored, whether contributed by a plug-in or written in SafeGrid. */
public record TemplateDraft(String code, String name, String nameEn, Cadence cadence, Set<String> sectors,
        Set<String> flags, String department, List<TemplateItem> items) {

    public TemplateDraft {
        sectors = Set.copyOf(sectors);
        flags = Set.copyOf(flags);
        items = List.copyOf(items);
    }

    /** A plug-in's definition, for its department. */
    public static TemplateDraft of(TemplateDefinition definition, String department) {
        List<TemplateItem> items = definition.items().stream().map(TemplateDraft::item).toList();
        return new TemplateDraft(definition.code(), definition.name().zh(), definition.name().en(),
                definition.cadence(), definition.sectors(), definition.flags(), department, items);
    }

    /**
     * Whether a stored version has this very definition: names, cadence, sectors, flags and the items in order (code,
     * texts, category, legal basis, severity hint). The department, the source and the state are not part of it.
     */
    public boolean sameDefinition(Template stored) {
        return name.equals(stored.name()) && nameEn.equals(stored.nameEn()) && cadence == stored.cadence()
                && sectors.equals(stored.sectors()) && flags.equals(stored.flags()) && items.equals(stored.items());
    }

    private static TemplateItem item(ItemDefinition item) {
        return new TemplateItem(item.code(), item.text().zh(), item.text().en(), item.category(), item.legalBasis(),
                item.severityHint());
    }
}
