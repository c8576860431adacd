package org.safegrid.enforcement.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.enforcement.api.InspectionFrequency;
import org.safegrid.enterprises.api.RiskLevel;

/** The required inspection frequency: base per risk level, multiplied for a repeat offender. */
class EnforcementRulesTest {

    static final LocalDate UNTIL = LocalDate.of(2027, 11, 28);

    @Test
    void defaultBasesByRisk() {
        EnforcementRules rules = EnforcementRules.DEFAULTS;
        assertEquals(4, rules.frequency(1, "RED", null).required());
        assertEquals(2, rules.frequency(1, "ORANGE", null).required());
        assertEquals(1, rules.frequency(1, "YELLOW", null).required());
        assertEquals(1, rules.frequency(1, "BLUE", null).required());
    }

    @Test
    void aRepeatOffenderIsInspectedMoreOften() {
        InspectionFrequency f = EnforcementRules.DEFAULTS.frequency(7, "ORANGE", UNTIL);
        assertEquals(new InspectionFrequency(7, "ORANGE", 2, true, UNTIL, 2, 4), f);
        assertEquals(8, EnforcementRules.DEFAULTS.frequency(7, "RED", UNTIL).required());
    }

    @Test
    void notARepeatOffender() {
        InspectionFrequency f = EnforcementRules.DEFAULTS.frequency(7, "BLUE", null);
        assertFalse(f.repeatOffender());
        assertNull(f.repeatUntil());
        assertEquals(1, f.required());
    }

    @Test
    void configuredBasesAndMultiplier() {
        EnforcementRules rules = new EnforcementRules(90, Map.of(RiskLevel.RED, 6, RiskLevel.BLUE, 0), 3);
        assertEquals(18, rules.frequency(1, "RED", UNTIL).required());
        assertEquals(0, rules.frequency(1, "BLUE", UNTIL).required());
        // levels not configured keep their default
        assertEquals(2, rules.frequency(1, "ORANGE", null).required());
        assertTrue(rules.frequency(1, "ORANGE", UNTIL).repeatOffender());
    }

    @Test
    void anUnknownRiskCountsAsYellow() {
        assertEquals(1, EnforcementRules.DEFAULTS.frequency(1, null, null).base());
    }
}
