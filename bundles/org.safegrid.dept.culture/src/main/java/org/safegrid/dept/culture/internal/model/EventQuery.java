package org.safegrid.dept.culture.internal.model;

import java.time.LocalDate;

/**
 * A validated list request: paging, an inclusive range of start days (either end may be null) and whether only
 * assessed (true) or unassessed (false) events are wanted (null: all).
 */
public record EventQuery(PageRequest page, LocalDate from, LocalDate to, Boolean assessed) {
}
