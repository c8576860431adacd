package org.safegrid.enforcement.internal.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.safegrid.enforcement.api.InspectionFrequency;
import org.safegrid.enterprises.api.RiskLevel;

/**
 * The configurable rules of measure 6 (PID {@code org.safegrid.enforcement}).
 *
 * @param repeatWindowDays how far back an earlier case of the same kind makes a repeat offence, and how long the
 *            enterprise then counts as a repeat offender
 * @param basePerMonth inspections per month by risk level
 * @param repeatMultiplier what a repeat offence multiplies the base frequency by
 */
public record EnforcementRules(int repeatWindowDays, Map<RiskLevel, Integer> basePerMonth, int repeatMultiplier) {

    public static final int DEFAULT_WINDOW_DAYS = 365;
    public static final int DEFAULT_MULTIPLIER = 2;
    public static final Map<RiskLevel, Integer> DEFAULT_BASE = Map.of(RiskLevel.RED, 4, RiskLevel.ORANGE, 2,
            RiskLevel.YELLOW, 1, RiskLevel.BLUE, 1);
    public static final EnforcementRules DEFAULTS = new EnforcementRules(DEFAULT_WINDOW_DAYS, DEFAULT_BASE,
            DEFAULT_MULTIPLIER);

    public EnforcementRules {
        Map<RiskLevel, Integer> all = new EnumMap<>(DEFAULT_BASE);
        all.putAll(basePerMonth);
        basePerMonth = Map.copyOf(all);
    }

    /** The base inspections per month of a risk level; that of {@code YELLOW} for an unknown one. */
    public int base(String riskLevel) {
        for (RiskLevel level : RiskLevel.values()) {
            if (level.name().equals(riskLevel)) {
                return basePerMonth.get(level);
            }
        }
        return basePerMonth.get(RiskLevel.YELLOW);
    }

    /**
     * The inspections per month an enterprise requires.
     *
     * @param repeatUntil the last day of its latest repeat offence in force, or null
     */
    public InspectionFrequency frequency(long enterpriseId, String riskLevel, LocalDate repeatUntil) {
        int base = base(riskLevel);
        boolean repeat = repeatUntil != null;
        return new InspectionFrequency(enterpriseId, riskLevel, base, repeat, repeatUntil, repeatMultiplier,
                repeat ? base * repeatMultiplier : base);
    }
}
