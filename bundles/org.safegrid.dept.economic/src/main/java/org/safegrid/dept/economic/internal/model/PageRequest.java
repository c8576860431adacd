package org.safegrid.dept.economic.internal.model;

/** A validated list request: page (from 0) and page size. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Index of the first row of the page. */
    public int offset() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }
}
