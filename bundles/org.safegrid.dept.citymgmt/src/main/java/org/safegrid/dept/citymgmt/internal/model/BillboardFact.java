package org.safegrid.dept.citymgmt.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A billboard as the report and the daily check see it. */
public record BillboardFact(long id, String code, String location, String village, BigDecimal area,
        LocalDate installedOn, LocalDate lastCheckedOn, LocalDate alertedFor) {
}
