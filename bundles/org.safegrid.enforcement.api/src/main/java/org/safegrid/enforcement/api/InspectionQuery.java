package org.safegrid.enforcement.api;

import java.time.LocalDate;

/**
 * A filter over inspections; null parts do not filter.
 *
 * @param department matches the enterprise's first or second regulating department
 * @param from the first inspection date
 * @param to the last inspection date
 * @param page from 0
 * @param size 1 to {@value #MAX_SIZE}
 */
public record InspectionQuery(Long enterpriseId, String department, String village, InspectionKind kind,
        LocalDate from, LocalDate to, int page, int size) {

    public static final int MAX_SIZE = 100;
}
