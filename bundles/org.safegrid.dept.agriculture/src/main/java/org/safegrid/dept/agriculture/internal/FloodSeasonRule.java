package org.safegrid.dept.agriculture.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a reservoir's flood-season inspection is due. In the flood season every reservoir and pond must have been
 * inspected within the last {@code intervalDays}; an inspection in the days before the season began counts (the
 * pre-flood inspection, 汛前检查). So an inspection is due on {@code max(season start, last inspection + interval)},
 * or on the season's first day when there was none, and the reservoir is overdue from the day after.
 *
 * @param season the flood season
 * @param intervalDays the longest gap between two inspections in the season
 */
public record FloodSeasonRule(Season season, int intervalDays) {

    /** The day the next inspection is due, when {@code today} lies in the flood season; empty outside it. */
    public Optional<LocalDate> dueOn(LocalDate lastInspection, LocalDate today) {
        return season.startOf(today).map(start -> {
            if (lastInspection == null) {
                return start;
            }
            LocalDate next = lastInspection.plusDays(intervalDays);
            return next.isAfter(start) ? next : start;
        });
    }

    /** Whether the reservoir is overdue on {@code today}: in the season and past its due day. */
    public boolean overdue(LocalDate lastInspection, LocalDate today) {
        return dueOn(lastInspection, today).map(today::isAfter).orElse(false);
    }
}
