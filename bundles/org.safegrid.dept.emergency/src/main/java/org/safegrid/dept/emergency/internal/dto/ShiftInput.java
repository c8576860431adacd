package org.safegrid.dept.emergency.internal.dto;

/**
 * A shift as a client sends it to create or replace one. Dates are ISO-8601 strings ({@code 2026-11-28},
 * {@code 2026-11-28T08:00:00}); the validator parses them so that a bad one is reported per field.
 */
public record ShiftInput(String date, String kind, String startAt, String endAt, String leader, String leaderPhone,
        String officer, String officerPhone, String note) {
}
