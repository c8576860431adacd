package org.safegrid.dept.agriculture.internal.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.safegrid.checklists.api.ChecklistEvents;

/** Reads a checklist event's failed item codes, whatever form a publisher chose: an array, a collection or a list in text. */
public final class FailedItems {

    private FailedItems() {
    }

    public static Set<String> of(Map<String, Object> properties) {
        Object value = properties.get(ChecklistEvents.FAILED_ITEMS);
        Set<String> codes = new LinkedHashSet<>();
        if (value instanceof Object[] array) {
            Arrays.stream(array).filter(Objects::nonNull).forEach(v -> codes.add(v.toString().strip()));
        } else if (value instanceof Collection<?> collection) {
            collection.stream().filter(Objects::nonNull).forEach(v -> codes.add(v.toString().strip()));
        } else if (value instanceof String text) {
            Arrays.stream(text.split("[,\\s]+")).forEach(codes::add);
        }
        codes.remove("");
        return codes;
    }

    /** The template code of the event, or "" when none. */
    public static String template(Map<String, Object> properties) {
        Object value = properties.get(ChecklistEvents.TEMPLATE_CODE);
        return value == null ? "" : value.toString();
    }
}
