package org.safegrid.dept.citymgmt.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.supervision.Alert;

class BillboardStructureRuleTest {

    final BillboardStructureRule rule = new BillboardStructureRule();

    @Test
    void aFailedStructureItemAlertsTheBrigadeAndTheVillage() {
        List<Alert> alerts = rule.evaluate(Events.submitted(9, BillboardStructureRule.TEMPLATE, 5, "2026-11",
                new String[]{"anchorage", "approval"}));
        assertEquals(1, alerts.size());
        assertEquals(Alert.Level.CRITICAL, alerts.get(0).level());
        assertEquals(Set.of("dept-citymgmt", "village-baishiyi"), alerts.get(0).roles());
        assertTrue(alerts.get(0).message().en().contains("anchorage"));
        assertTrue(!alerts.get(0).message().en().contains("approval"));
    }

    @Test
    void otherItemsOrTemplatesRaiseNothing() {
        assertEquals(List.of(), rule.evaluate(Events.submitted(9, BillboardStructureRule.TEMPLATE, 5, "2026-11",
                new String[]{"approval"})));
        assertEquals(List.of(), rule.evaluate(Events.submitted(9, "citymgmt-catering-gas-daily", 5, "2026-11-02",
                new String[]{"structure"})));
    }
}
