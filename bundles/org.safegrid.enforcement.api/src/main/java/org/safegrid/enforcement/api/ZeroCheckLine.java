package org.safegrid.enforcement.api;

/**
 * One department or village in the zero-enforcement check (执法清零).
 *
 * @param unit {@code DEPARTMENT} or {@code VILLAGE}
 * @param id the department id or village code
 * @param name its name (Chinese)
 * @param inspections inspections in the period
 * @param cases enforcement cases opened in the period
 * @param zero whether it had no enforcement action at all: flagged
 */
public record ZeroCheckLine(Unit unit, String id, String name, String nameEn, long inspections, long cases,
        boolean zero) {

    /** What a line is about. */
    public enum Unit {
        DEPARTMENT, VILLAGE
    }
}
