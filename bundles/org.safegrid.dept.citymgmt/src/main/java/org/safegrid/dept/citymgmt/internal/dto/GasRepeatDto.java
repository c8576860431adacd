package org.safegrid.dept.citymgmt.internal.dto;

/** A restaurant with failed gas-alarm items in the window: how many, and the latest day. */
public record GasRepeatDto(long enterpriseId, String enterpriseName, String village, long failures,
        String lastFailedOn) {
}
