package org.safegrid.enforcement.api;

import java.time.LocalDate;

/**
 * How often an enterprise must be inspected: a base per month by its risk level, multiplied for a repeat offender.
 *
 * @param riskLevel {@code RED}, {@code ORANGE}, {@code YELLOW} or {@code BLUE}
 * @param base inspections per month for the risk level
 * @param repeatOffender whether a repeat offence is in force today
 * @param repeatUntil the last day of the latest repeat offence in force, or null
 * @param multiplier what a repeat offence multiplies the base by
 * @param required inspections per month required now
 */
public record InspectionFrequency(long enterpriseId, String riskLevel, int base, boolean repeatOffender,
        LocalDate repeatUntil, int multiplier, int required) {
}
