package org.safegrid.hazards.internal.model;

import java.util.Map;

import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardState;

/**
 * Counts of the hazards in scope.
 *
 * @param total every hazard
 * @param open those not closed
 * @param overdue those open past their deadline
 * @param byState every state, with zero for none
 * @param byLevel every level, with zero for none
 * @param openByLevel open hazards per level
 */
public record HazardStats(long total, long open, long overdue, Map<HazardState, Long> byState,
        Map<HazardLevel, Long> byLevel, Map<HazardLevel, Long> openByLevel) {
}
