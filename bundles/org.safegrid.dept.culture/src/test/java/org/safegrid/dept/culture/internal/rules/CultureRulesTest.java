package org.safegrid.dept.culture.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.culture.internal.CultureChecklists;

/** The two supervision rules on checklist events. */
class CultureRulesTest {

    static EnterpriseProfile place(String sector, String risk, String... flags) {
        return new EnterpriseProfile(8, "X", "星光KTV", sector, "culture", null, "V02", risk, Set.of(flags), 40);
    }

    static SupervisionEvent submitted(EnterpriseProfile place, String template, Object failed) {
        return new SupervisionEvent(ChecklistEvents.SUBMITTED, Map.of(ChecklistEvents.TEMPLATE_CODE, template,
                ChecklistEvents.FAILED_ITEMS, failed, ChecklistEvents.SUBMISSION_ID, 41L), place);
    }

    static SupervisionEvent overdue(EnterpriseProfile place, String template) {
        return new SupervisionEvent(ChecklistEvents.OVERDUE, Map.of(ChecklistEvents.TEMPLATE_CODE, template,
                ChecklistEvents.PERIOD_KEY, "2026-11-28"), place);
    }

    final EvacuationFailureRule evacuation = new EvacuationFailureRule();
    final DailyCheckOverdueRule overdue = new DailyCheckOverdueRule();

    @Test
    void aFailedExitItemAlertsTheCentre() {
        List<Alert> alerts = evacuation.evaluate(submitted(place("entertainment-venue", "YELLOW"),
                "culture-venue-daily", new String[]{"exits", "electrical"}));
        assertEquals(1, alerts.size());
        assertEquals(Alert.Level.WARNING, alerts.get(0).level());
        assertEquals(Set.of("dept-culture"), alerts.get(0).roles());
        assertTrue(alerts.get(0).message().zh().contains("安全出口"));
        assertEquals("#/checklists/submissions/41", alerts.get(0).link());
    }

    @Test
    void atAHighFireRiskPlaceItIsCriticalForTheCommitteeToo() {
        List<Alert> alerts = evacuation.evaluate(submitted(place("scenic-spot", "BLUE", "HIGH_FIRE_RISK"),
                "culture-scenic-spot-daily", List.of("visitor-flow")));
        assertEquals(Alert.Level.CRITICAL, alerts.get(0).level());
        assertEquals(Set.of("dept-culture", "committee"), alerts.get(0).roles());
    }

    @Test
    void otherItemsAndOtherDepartmentsTemplatesRaiseNothing() {
        assertEquals(List.of(), evacuation.evaluate(submitted(place("entertainment-venue", "RED"),
                "culture-venue-daily", new String[]{"electrical"})));
        assertEquals(List.of(), evacuation.evaluate(submitted(place("entertainment-venue", "RED"),
                "economic-market-fire-daily", new String[]{"exits"})));
    }

    @Test
    void everyEvacuationItemOfTheRuleExistsInATemplate() {
        Set<String> items = new java.util.HashSet<>();
        CultureChecklists.all().forEach(t -> t.items().forEach(i -> items.add(i.code())));
        assertTrue(items.containsAll(EvacuationFailureRule.EVACUATION_ITEMS));
    }

    @Test
    void aHighRiskPlaceThatMissedItsDailyCheckIsCalled() {
        List<Alert> alerts = overdue.evaluate(overdue(place("entertainment-venue", "ORANGE"), "culture-venue-daily"));
        assertEquals(1, alerts.size());
        assertEquals(DailyCheckOverdueRule.CODE, alerts.get(0).code());
        assertTrue(alerts.get(0).message().zh().contains("2026-11-28"));
        assertEquals(1, overdue.evaluate(overdue(place("scenic-spot", "BLUE", "HIGH_FIRE_RISK"),
                "culture-scenic-spot-daily")).size());
    }

    @Test
    void lowRiskPlacesAndMonthlyChecksAreLeftToTheReports() {
        assertEquals(List.of(), overdue.evaluate(overdue(place("entertainment-venue", "YELLOW"),
                "culture-venue-daily")));
        assertEquals(List.of(), overdue.evaluate(overdue(place("entertainment-venue", "RED"),
                "culture-venue-monthly")));
    }
}
