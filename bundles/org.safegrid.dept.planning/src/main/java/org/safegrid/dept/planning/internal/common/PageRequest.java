package org.safegrid.dept.planning.internal.common;

import java.time.LocalDate;

/**
 * A validated list request: page (from 0), page size, and an inclusive date range whose ends may be null.
 */
public record PageRequest(int page, int size, LocalDate from, LocalDate to) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Index of the first row of the page. */
    public int offset() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }
}
