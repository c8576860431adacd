package org.safegrid.enforcement.internal.validation;

import java.time.LocalDate;

/** Field sizes (as in the change log) and date bounds. */
public final class Limits {

    public static final int INSPECTORS_MAX = 500;
    public static final int FINDINGS_MAX = 4000;
    public static final int VIOLATION_KIND_MAX = 60;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int LEGAL_BASIS_MAX = 500;
    public static final int NOTE_MAX = 2000;

    /** No record is dated earlier. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** How far ahead a deadline or a daily penalty's first day may lie: a wrong year is a typo, not a plan. */
    public static final int MAX_DAYS_AHEAD = 366;

    private Limits() {
    }
}
