package org.safegrid.checklists.internal.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's due list on a date: overdue ones first, oldest first, then the current periods.
 *
 * @param operating only an operating enterprise owes self-inspections; the list is empty otherwise
 */
public record DueListView(long enterpriseId, String enterpriseName, LocalDate date, boolean operating,
        List<DueItemView> items) {
}
