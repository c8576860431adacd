package org.safegrid.itests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Answers for every item of a template's current version, read from the distribution. */
final class ChecklistAnswers {

    private ChecklistAnswers() {
    }

    /** The template's current version. */
    static int version(Http http, String template) {
        return http.get("/api/checklists/templates/" + template).json().path("version").asInt(1);
    }

    /** Every item PASS, except {@code failedItem} (null for none), which fails as a major hazard with a note. */
    static List<Map<String, Object>> all(Http http, String template, String failedItem) {
        JsonNode items = http.get("/api/checklists/templates/" + template).json().path("items");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : items) {
            String code = item.path("code").asText();
            Map<String, Object> a = new HashMap<>(Map.of("itemCode", code, "result", "PASS"));
            if (code.equals(failedItem)) {
                a.put("result", "FAIL");
                a.put("note", "储量超过核定数量");
                a.put("hazardLevel", "MAJOR");
            }
            answers.add(a);
        }
        if (answers.isEmpty()) {
            throw new AssertionError("template " + template + " has no items");
        }
        return answers;
    }
}
