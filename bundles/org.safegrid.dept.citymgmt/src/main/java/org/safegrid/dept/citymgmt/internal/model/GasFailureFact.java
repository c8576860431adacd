package org.safegrid.dept.citymgmt.internal.model;

import java.time.LocalDate;

/** A recorded gas-alarm failure as the report counts it. */
public record GasFailureFact(long enterpriseId, String enterpriseName, String village, LocalDate failedOn) {
}
