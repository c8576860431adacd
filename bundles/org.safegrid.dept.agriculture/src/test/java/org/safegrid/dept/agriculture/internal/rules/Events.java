package org.safegrid.dept.agriculture.internal.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.Season;

/** Hand-made events and settings for the rule tests. */
final class Events {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    private Events() {
    }

    static AgricultureSettings settingsOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(TOWN).toInstant(), TOWN);
        return AgricultureSettings.fixed(clock, Season.parse("05-01", "09-30"), Season.parse("10-01", "04-30"), 30);
    }

    static SupervisionEvent submitted(String sector, String template, Object failedItems) {
        EnterpriseProfile e = new EnterpriseProfile(7, "91500106000000001X", "青龙林场", sector, "agriculture", null,
                "qinglong", "YELLOW", Set.of(), 12);
        Map<String, Object> properties = new HashMap<>();
        properties.put(ChecklistEvents.ENTERPRISE_ID, 7L);
        properties.put(ChecklistEvents.TEMPLATE_CODE, template);
        properties.put(ChecklistEvents.SUBMISSION_ID, 99L);
        if (failedItems != null) {
            properties.put(ChecklistEvents.FAILED_ITEMS, failedItems);
        }
        return new SupervisionEvent(ChecklistEvents.SUBMITTED, properties, e);
    }
}
