package org.safegrid.dept.citymgmt.internal.dto;

import java.math.BigDecimal;

/**
 * A billboard as the REST API returns it: {@code area} in m², {@code checkDueOn} the day its next structural check is
 * due and {@code checkOverdue} whether that day has passed.
 */
public record BillboardDto(Long id, String code, String location, String village, String kind, String owner,
        String ownerPhone, Long enterpriseId, BigDecimal width, BigDecimal height, BigDecimal area,
        String installedOn, String lastCheckedOn, String checkDueOn, boolean checkOverdue, String note, long version,
        String createdBy, String createdAt, String updatedBy, String updatedAt) {
}
