package org.safegrid.enforcement.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The zero-enforcement check (执法清零) of a period: every department and village with its enforcement actions, those
 * with none flagged.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param zeroDepartments how many departments had no action
 * @param zeroVillages how many villages had no action
 */
public record ZeroCheck(LocalDate from, LocalDate to, List<ZeroCheckLine> departments, List<ZeroCheckLine> villages,
        int zeroDepartments, int zeroVillages) {

    public ZeroCheck {
        departments = List.copyOf(departments);
        villages = List.copyOf(villages);
    }
}
