package org.safegrid.checklists.api;

import java.time.LocalDate;

/**
 * How many of the self-inspections an enterprise owed in a span it submitted, per cadence and in all; what every
 * inspection shows (measure 4).
 */
public record Compliance(long enterpriseId, LocalDate from, LocalDate to, Count daily, Count weekly, Count monthly) {

    /** Owed and done in one cadence. */
    public record Count(int owed, int done) {
        /** Done over owed, 1.0 when nothing was owed. */
        public double rate() {
            return owed == 0 ? 1.0 : (double) done / owed;
        }
    }

    /** The rate over all three cadences together. */
    public double rate() {
        int owed = daily.owed() + weekly.owed() + monthly.owed();
        int done = daily.done() + weekly.done() + monthly.done();
        return owed == 0 ? 1.0 : (double) done / owed;
    }
}
