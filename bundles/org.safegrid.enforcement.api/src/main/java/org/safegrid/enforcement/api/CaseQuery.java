package org.safegrid.enforcement.api;

import java.time.LocalDate;

/**
 * A filter over enforcement cases; null parts do not filter.
 *
 * @param department matches the enterprise's first or second regulating department
 * @param open true for cases not closed, false for closed ones
 * @param from the first day the order was issued
 * @param to the last day the order was issued
 * @param page from 0
 * @param size 1 to {@value #MAX_SIZE}
 */
public record CaseQuery(Long enterpriseId, String department, String village, CaseState state, String violationKind,
        Boolean aggravated, Boolean open, LocalDate from, LocalDate to, int page, int size) {

    public static final int MAX_SIZE = 100;
}
