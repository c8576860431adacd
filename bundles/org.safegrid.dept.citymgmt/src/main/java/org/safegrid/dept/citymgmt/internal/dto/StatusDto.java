package org.safegrid.dept.citymgmt.internal.dto;

import java.util.List;

/**
 * The dashboard widget: billboards and those overdue for their structural check, and the restaurants whose gas alarm
 * failed in the rule's window (those at or over the threshold first).
 */
public record StatusDto(String today, long billboards, long checksOverdue, int checkIntervalDays, int windowDays,
        int threshold, List<GasRepeatDto> gasAlarmFailures) {
}
