package org.safegrid.dept.agriculture.internal.model;

import java.time.LocalDate;

/**
 * A reservoir as the report and the daily check see it.
 *
 * @param lastInspectedOn its latest inspection on or before the day asked about, or null
 * @param alertedFor the due day of the overdue spell last alerted, or null
 */
public record ReservoirFact(long id, String code, String name, String village, LocalDate lastInspectedOn,
        LocalDate alertedFor) {
}
