package org.safegrid.dept.agriculture.internal.dto;

import java.util.List;

/**
 * The flood-season picture today, for the dashboard: whether the season is on, its span, the interval, how many
 * reservoirs there are, how many are overdue, and the overdue ones (at most 20, longest overdue first).
 */
public record StatusDto(String today, boolean floodSeason, String season, int intervalDays, long reservoirs,
        long overdue, List<ReservoirDto> overdueReservoirs) {
}
