package org.safegrid.hazards.internal.model;

import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;

/**
 * The filters of the hazard board; null means "any".
 *
 * @param department the first or second regulating department
 * @param overdue true for overdue hazards only, false for the others only
 * @param text part of the description or of the enterprise's name, any case
 */
public record BoardFilter(Long enterpriseId, String department, String village, HazardState state,
        HazardLevel level, HazardSource source, Boolean overdue, String text) {

    /** The same filters with another overdue condition. */
    public BoardFilter withOverdue(Boolean onlyOverdue) {
        return new BoardFilter(enterpriseId, department, village, state, level, source, onlyOverdue, text);
    }

    /** No filter at all. */
    public static BoardFilter none() {
        return new BoardFilter(null, null, null, null, null, null, null, null);
    }
}
