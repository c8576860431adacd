package org.safegrid.checklists.internal.testing;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.checklists.internal.model.TemplateDraft;

/** Template definitions for tests. */
public final class Definitions {

    private Definitions() {
    }

    public static ItemDefinition item(String code, SeverityHint severity) {
        return new ItemDefinition(code, LocalizedText.of("检查" + code, "Check " + code), ItemCategory.EQUIPMENT,
                "《安全生产法》第四十一条", severity);
    }

    /** A template for fuel stations with these items (general ones, except codes starting with "major"). */
    public static TemplateDefinition fuel(String code, Cadence cadence, String... items) {
        return new TemplateDefinition(code, LocalizedText.of("清单" + code, "Checklist " + code), cadence,
                Set.of("fuel-station"), Set.of(),
                List.of(items).stream()
                        .map(i -> item(i, i.startsWith("major") ? SeverityHint.MAJOR : SeverityHint.GENERAL))
                        .toList());
    }

    public static TemplateDraft draft(String code, Cadence cadence, String department, String... items) {
        return TemplateDraft.of(fuel(code, cadence, items), department);
    }
}
