package org.safegrid.dept.agriculture.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.supervision.Alert;

class FarmMachineryRuleTest {

    final FarmMachineryRule rule = new FarmMachineryRule();

    @Test
    void failedBrakesOrLicenceStopTheMachine() {
        List<Alert> alerts = rule.evaluate(Events.submitted("farm-machinery", FarmMachineryRule.TEMPLATE,
                "brakes,training"));
        assertEquals(1, alerts.size());
        assertEquals("farm-machine-unfit", alerts.get(0).code());
        assertEquals(Set.of("dept-agriculture", "village-qinglong"), alerts.get(0).roles());
        assertTrue(alerts.get(0).message().en().contains("brakes"));
        assertTrue(!alerts.get(0).message().en().contains("training"), "only the stop items are named");
    }

    @Test
    void otherFailuresAndOtherTemplatesRaiseNothing() {
        assertEquals(List.of(), rule.evaluate(Events.submitted("farm-machinery", FarmMachineryRule.TEMPLATE,
                new String[]{"training", "guards"})));
        assertEquals(List.of(), rule.evaluate(Events.submitted("farm-machinery", "emergency-fuel-station-daily",
                new String[]{"brakes"})));
        assertEquals(List.of(), rule.evaluate(Events.submitted("farm-machinery", FarmMachineryRule.TEMPLATE,
                null)));
    }
}
