package org.safegrid.dept.agriculture.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.supervision.Alert;

class ForestFireRuleTest {

    static final LocalDate IN_SEASON = LocalDate.of(2026, 11, 29);
    static final LocalDate OUT_OF_SEASON = LocalDate.of(2026, 7, 1);

    static List<Alert> evaluate(LocalDate today, String template, Object failed) {
        return new ForestFireRule(Events.settingsOn(today))
                .evaluate(Events.submitted("forest", template, failed));
    }

    @Test
    void openFireInTheFireSeasonIsCriticalForTheCentreAndTheVillage() {
        List<Alert> alerts = evaluate(IN_SEASON, ForestFireRule.TEMPLATE, new String[]{"no-field-fire", "signs"});
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals("forest-fire-critical-failure", alert.code());
        assertEquals(Alert.Level.CRITICAL, alert.level());
        assertEquals(Set.of("dept-agriculture", "village-qinglong"), alert.roles());
        assertEquals("#/checklists/submissions/99", alert.link());
        assertTrue(alert.message().zh().contains("青龙林场") && alert.message().zh().contains("no-field-fire"));
    }

    @Test
    void otherFailuresInTheSeasonAreWarnings() {
        Alert alert = evaluate(IN_SEASON, ForestFireRule.TEMPLATE, List.of("signs")).get(0);
        assertEquals(Alert.Level.WARNING, alert.level());
        assertEquals("forest-fire-check-failed", alert.code());
    }

    @Test
    void nothingOutsideTheSeasonWithoutFailuresOrForOtherTemplates() {
        assertEquals(List.of(), evaluate(OUT_OF_SEASON, ForestFireRule.TEMPLATE, new String[]{"no-field-fire"}));
        assertEquals(List.of(), evaluate(IN_SEASON, ForestFireRule.TEMPLATE, new String[0]));
        assertEquals(List.of(), evaluate(IN_SEASON, "agriculture-reservoir-weekly", new String[]{"no-field-fire"}));
    }
}
