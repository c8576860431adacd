package org.safegrid.dept.agriculture.internal.model;

/** The list's filters; null ones do not filter. {@code overdue} keeps only reservoirs overdue today (true). */
public record ReservoirFilter(String text, String village, ReservoirKind kind, Boolean overdue) {
}
