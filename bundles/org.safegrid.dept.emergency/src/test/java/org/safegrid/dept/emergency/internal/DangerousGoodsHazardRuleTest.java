package org.safegrid.dept.emergency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;

class DangerousGoodsHazardRuleTest {

    private final DangerousGoodsHazardRule rule = new DangerousGoodsHazardRule();

    private static SupervisionEvent event(String topic, String sector, String level) {
        EnterpriseProfile e = new EnterpriseProfile(7, "91500106000000001X", "白市驿加油站", sector, "emergency", null, "v",
                "ORANGE", Set.of(), 12);
        return new SupervisionEvent(topic, Map.of("hazardId", 42L, "level", level), e);
    }

    @Test
    void aMajorHazardAtAFuelStationAlertsTheOfficeAndTheCommittee() {
        List<Alert> alerts = rule.evaluate(event(DangerousGoodsHazardRule.CREATED, "fuel-station", "MAJOR"));
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals(Alert.Level.CRITICAL, alert.level());
        assertEquals(Set.of("dept-emergency", "committee"), alert.roles());
        assertEquals("#/hazards/42", alert.link());
        assertTrue(alert.message().zh().contains("白市驿加油站"));
        assertEquals("dangerous-goods-major-hazard-overdue",
                rule.evaluate(event(DangerousGoodsHazardRule.OVERDUE, "fuel-station", "MAJOR")).get(0).code());
    }

    @Test
    void generalHazardsAndOtherSectorsRaiseNothing() {
        assertEquals(List.of(), rule.evaluate(event(DangerousGoodsHazardRule.CREATED, "fuel-station", "GENERAL")));
        assertEquals(List.of(), rule.evaluate(event(DangerousGoodsHazardRule.CREATED, "industry-trade", "MAJOR")));
    }
}
