package org.safegrid.dept.citymgmt.internal.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.checklists.api.ChecklistEvents;

/** Hand-made checklist events for the rule tests. */
final class Events {

    private Events() {
    }

    static SupervisionEvent submitted(long enterpriseId, String template, long submission, String periodKey,
            Object failedItems) {
        EnterpriseProfile e = new EnterpriseProfile(enterpriseId, "91500106000000001X", "老灶火锅", "catering",
                "citymgmt", null, "baishiyi", "YELLOW", Set.of(), 12);
        Map<String, Object> properties = new HashMap<>();
        properties.put(ChecklistEvents.ENTERPRISE_ID, enterpriseId);
        properties.put(ChecklistEvents.TEMPLATE_CODE, template);
        properties.put(ChecklistEvents.SUBMISSION_ID, submission);
        properties.put(ChecklistEvents.PERIOD_KEY, periodKey);
        if (failedItems != null) {
            properties.put(ChecklistEvents.FAILED_ITEMS, failedItems);
        }
        return new SupervisionEvent(ChecklistEvents.SUBMITTED, properties, e);
    }
}
