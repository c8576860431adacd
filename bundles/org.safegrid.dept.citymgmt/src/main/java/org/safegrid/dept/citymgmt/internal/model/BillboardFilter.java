package org.safegrid.dept.citymgmt.internal.model;

/** The list's filters; null ones do not filter. {@code overdue}: only those whose structural check is overdue today. */
public record BillboardFilter(String text, String village, BillboardKind kind, Boolean overdue) {
}
