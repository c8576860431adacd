package org.safegrid.hazards.internal.dto;

import java.util.Map;

/**
 * {@code GET /api/hazards/stats}: counts of the hazards in scope (and the filters).
 *
 * @param byState every state name with its count
 * @param byLevel every level name with its count
 * @param openByLevel the same for hazards not closed
 */
public record StatsView(long total, long open, long overdue, Map<String, Long> byState, Map<String, Long> byLevel,
        Map<String, Long> openByLevel) {
}
