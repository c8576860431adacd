package org.safegrid.enforcement.api;

import java.time.LocalDate;

/**
 * An inspection to record.
 *
 * @param date the day of the inspection, not in the future
 * @param inspectors the inspectors' names, at most 500 characters
 * @param findings what was found, at most 4000 characters
 */
public record NewInspection(long enterpriseId, InspectionKind kind, LocalDate date, String inspectors,
        String findings) {
}
