package org.safegrid.hazards.api;

import java.time.LocalDate;

/**
 * A hazard to report.
 *
 * @param sourceRef what found it, for example {@code submission:42:item:fire-exits}; free text for others
 * @param deadline the rectification deadline, today or later; required for general hazards, taken from the five
 *            fixes for major ones when absent
 */
public record NewHazard(long enterpriseId, HazardSource source, String sourceRef, String description,
        HazardLevel level, LocalDate deadline, FiveFixes fiveFixes) {
}
