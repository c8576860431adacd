package org.safegrid.enforcement.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.enforcement.internal.model.EnforcementRules;
import org.safegrid.enterprises.api.RiskLevel;

/** PID org.safegrid.enforcement: values as DS hands them over, bad ones replaced by their defaults. */
class RulesProviderTest {

    static EnforcementConfig config(int window, String[] base, int multiplier) {
        return new EnforcementConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EnforcementConfig.class;
            }

            @Override
            public int repeatWindowDays() {
                return window;
            }

            @Override
            public String[] baseInspectionsPerMonth() {
                return base;
            }

            @Override
            public int repeatMultiplier() {
                return multiplier;
            }
        };
    }

    @Test
    void defaults() {
        EnforcementRules rules = new RulesProvider(
                config(365, new String[]{"RED=4", "ORANGE=2", "YELLOW=1", "BLUE=1"}, 2)).rules();
        assertEquals(EnforcementRules.DEFAULTS, rules);
    }

    @Test
    void oneCommaSeparatedValueAsACfgFileGivesIt() {
        EnforcementRules rules = new RulesProvider(config(180, new String[]{"red=6, orange = 3,YELLOW=2"}, 3))
                .rules();
        assertEquals(180, rules.repeatWindowDays());
        assertEquals(3, rules.repeatMultiplier());
        assertEquals(Map.of(RiskLevel.RED, 6, RiskLevel.ORANGE, 3, RiskLevel.YELLOW, 2, RiskLevel.BLUE, 1),
                rules.basePerMonth());
    }

    @Test
    void badValuesFallBackToDefaults() {
        EnforcementRules rules = new RulesProvider(
                config(0, new String[]{"PURPLE=9", "RED=-1", "ORANGE", "BLUE=x", "YELLOW=5"}, 0)).rules();
        assertEquals(EnforcementRules.DEFAULT_WINDOW_DAYS, rules.repeatWindowDays());
        assertEquals(EnforcementRules.DEFAULT_MULTIPLIER, rules.repeatMultiplier());
        assertEquals(Map.of(RiskLevel.RED, 4, RiskLevel.ORANGE, 2, RiskLevel.YELLOW, 5, RiskLevel.BLUE, 1),
                rules.basePerMonth());
    }

    @Test
    void aChangeAppliesAtOnce() {
        RulesProvider provider = new RulesProvider(config(365, new String[0], 2));
        provider.modified(config(30, new String[0], 4));
        assertEquals(30, provider.rules().repeatWindowDays());
        assertEquals(4, provider.rules().repeatMultiplier());
    }
}
