package org.safegrid.inbox.internal.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;

class PlatformAlertsTest {

    static final EnterpriseProfile STATION = new EnterpriseProfile(7, "91500106MA5U00007X", "白市驿加油站",
            "fuel-station", "emergency", null, "baishiyi", "ORANGE", Set.of(), 12);

    static Map<String, Object> hazard(String level) {
        return Map.of("hazardId", 42L, "enterpriseId", 7L, "department", "emergency", "level", level, "state",
                "REPORTED", "user", "zhang");
    }

    @Test
    void anOverdueHazardWarnsItsDepartmentAndTheCommittee() {
        List<Alert> alerts = PlatformAlerts.of("org/safegrid/hazard/OVERDUE", hazard("GENERAL"), STATION);
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals("hazard-overdue", alert.code());
        assertEquals(Alert.Level.WARNING, alert.level());
        assertEquals(Set.of("dept-emergency", "committee"), alert.roles());
        assertEquals("#/hazards/42", alert.link());
        assertTrue(alert.message().zh().startsWith("白市驿加油站的隐患 #42"), alert.message().zh());
    }

    @Test
    void aMajorHazardIsCriticalAGeneralOneRaisesNothing() {
        List<Alert> major = PlatformAlerts.of("org/safegrid/hazard/CREATED", hazard("MAJOR"), STATION);
        assertEquals(List.of("major-hazard-reported"), major.stream().map(Alert::code).toList());
        assertEquals(Alert.Level.CRITICAL, major.get(0).level());
        assertEquals(List.of(), PlatformAlerts.of("org/safegrid/hazard/CREATED", hazard("GENERAL"), STATION));
        assertEquals(List.of(), PlatformAlerts.of("org/safegrid/hazard/CLOSED", hazard("MAJOR"), STATION));
        assertEquals(List.of(), PlatformAlerts.of("org/safegrid/enforcement/ORDER_ISSUED", hazard("MAJOR"), STATION));
    }

    @Test
    void theSecondDepartmentHearsTooAndAnUnknownEnterpriseIsNamedByItsId() {
        Map<String, Object> properties = new java.util.HashMap<>(hazard("MAJOR"));
        properties.put("secondDepartment", "citymgmt");
        Alert alert = PlatformAlerts.of("org/safegrid/hazard/CREATED", properties, null).get(0);
        assertEquals(Set.of("dept-emergency", "dept-citymgmt", "committee"), alert.roles());
        assertTrue(alert.message().en().contains("at enterprise 7"), alert.message().en());
    }
}
