package org.safegrid.dept.economic.internal.rules;

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

class ConfinedSpaceDustRuleTest {

    final ConfinedSpaceDustRule rule = new ConfinedSpaceDustRule();
    static final EnterpriseProfile FACTORY = new EnterpriseProfile(7, "X", "渝西五金厂", "factory", "economic", null, "V01",
            "ORANGE", Set.of(), 80);

    static SupervisionEvent submitted(String template, Object failed) {
        return new SupervisionEvent(ChecklistEvents.SUBMITTED, Map.of(ChecklistEvents.TEMPLATE_CODE, template,
                ChecklistEvents.FAILED_ITEMS, failed, ChecklistEvents.SUBMISSION_ID, 99L), FACTORY);
    }

    @Test
    void aFailedMajorConfinedSpaceItemAlertsOfficeAndCommittee() {
        List<Alert> alerts = rule.evaluate(submitted("economic-confined-space-monthly",
                new String[]{"ventilate-test", "inventory"}));
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals(Alert.Level.CRITICAL, alert.level());
        assertEquals(Set.of("dept-economic", "committee"), alert.roles());
        assertTrue(alert.message().zh().contains("先通风"), alert.message().zh());
        assertTrue(alert.message().zh().contains("渝西五金厂"));
        assertEquals("#/checklists/submissions/99", alert.link());
    }

    @Test
    void dustFailuresArriveAsAListToo() {
        assertEquals(1, rule.evaluate(submitted("economic-dust-explosion-monthly", List.of("cleaning"))).size());
    }

    @Test
    void generalItemsOtherTemplatesAndPassesRaiseNothing() {
        assertEquals(List.of(), rule.evaluate(submitted("economic-confined-space-monthly", new String[]{"inventory"})));
        assertEquals(List.of(), rule.evaluate(submitted("economic-factory-daily", new String[]{"hot-work"})));
        assertEquals(List.of(), rule.evaluate(submitted("economic-dust-explosion-monthly", new String[0])));
    }
}
