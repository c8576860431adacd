package org.safegrid.dept.planning.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.dept.planning.internal.checklists.PlanningChecklists;

/** The texts of the office's own checklist items, for alerts that name them. */
final class ItemNames {

    private static final Map<String, LocalizedText> TEXTS = new PlanningChecklists().templates()
            .stream()
            .flatMap(t -> t.items().stream().map(i -> Map.entry(t.code() + "/" + i.code(), i.text())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private ItemNames() {
    }

    static String zh(String template, List<String> items) {
        return join(template, items, LocalizedText::zh, "；");
    }

    static String en(String template, List<String> items) {
        return join(template, items, LocalizedText::en, "; ");
    }

    private static String join(String template, List<String> items, Function<LocalizedText, String> language,
            String separator) {
        return items.stream().map(code -> {
            LocalizedText text = TEXTS.get(template + "/" + code);
            return text == null ? code : language.apply(text);
        }).collect(Collectors.joining(separator));
    }
}
