package org.safegrid.dept.culture.internal.templates;

import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.module.LocalizedText;

/** Shorthand for the item lists of the templates. */
final class Items {

    static final String WORK_SAFETY_LAW = "《安全生产法》";
    static final String FIRE_LAW = "《消防法》";

    private Items() {
    }

    static ItemDefinition item(String code, String zh, String en, ItemCategory category, String basis,
            SeverityHint severity) {
        return new ItemDefinition(code, LocalizedText.of(zh, en), category, basis, severity);
    }
}
