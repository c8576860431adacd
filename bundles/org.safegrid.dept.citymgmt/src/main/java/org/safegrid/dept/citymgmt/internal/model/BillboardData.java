package org.safegrid.dept.citymgmt.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A validated billboard, as the service stores it: sizes in metres; {@code ownerPhone}, {@code enterpriseId},
 * {@code lastCheckedOn} and {@code note} may be null.
 */
public record BillboardData(String code, String location, String village, BillboardKind kind, String owner,
        String ownerPhone, Long enterpriseId, BigDecimal width, BigDecimal height, LocalDate installedOn,
        LocalDate lastCheckedOn, String note) {
}
