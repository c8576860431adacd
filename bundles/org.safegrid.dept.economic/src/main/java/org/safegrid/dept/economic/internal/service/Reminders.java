package org.safegrid.dept.economic.internal.service;

import java.time.LocalDate;

/** Keeps a rule from raising the same alert about the same subject more often than once in a quiet period. */
public interface Reminders {

    /**
     * Claims the right to raise alert {@code code} about {@code subjectId} today: true when it was never raised or
     * last raised at least {@code quietDays} days ago (and records today), false otherwise.
     */
    boolean claim(String code, long subjectId, LocalDate today, int quietDays);
}
