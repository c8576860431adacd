package org.safegrid.hazards.internal.model;

import java.util.Arrays;
import java.util.Optional;

/** The orders of the hazard board; ties are broken by id, so that paging is stable. */
public enum BoardSort {
    /** Earliest deadline first, hazards without a deadline last (the default). */
    DEADLINE("deadline"),
    /** Latest deadline first. */
    DEADLINE_DESC("-deadline"),
    /** Oldest report first. */
    REPORTED_AT("reportedAt"),
    /** Newest report first. */
    REPORTED_AT_DESC("-reportedAt"),
    /** Overdue hazards first, then by deadline. */
    OVERDUE("overdue");

    private final String key;

    BoardSort(String key) {
        this.key = key;
    }

    /** The value of the {@code sort} parameter. */
    public String key() {
        return key;
    }

    public static Optional<BoardSort> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** Every key, for a message. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(BoardSort::key).toList());
    }
}
