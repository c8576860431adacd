package org.safegrid.dept.emergency.internal.dto;

/** A shift as the REST API returns it. */
public record ShiftDto(Long id, String date, String kind, String startAt, String endAt, String leader,
        String leaderPhone, String officer, String officerPhone, String note, String createdBy, String createdAt,
        String updatedBy, String updatedAt) {
}
