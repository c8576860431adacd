package org.safegrid.enforcement.api;

import java.time.LocalDate;

/**
 * The enterprise's daily, weekly and monthly self-inspection record as it stood when an inspection was recorded: how
 * many it owed in the span and how many it submitted. Stored with the inspection, so it never changes afterwards.
 *
 * @param from the first day of the span
 * @param to the last day of the span
 * @param rate done over owed in all three cadences, 1.0 when nothing was owed
 */
public record ComplianceSnapshot(LocalDate from, LocalDate to, Tally daily, Tally weekly, Tally monthly,
        double rate) {

    /** The snapshot of these counts, with the overall rate worked out. */
    public static ComplianceSnapshot of(LocalDate from, LocalDate to, Tally daily, Tally weekly, Tally monthly) {
        int owed = daily.owed() + weekly.owed() + monthly.owed();
        int done = daily.done() + weekly.done() + monthly.done();
        return new ComplianceSnapshot(from, to, daily, weekly, monthly, Tally.rate(owed, done));
    }

    /**
     * Owed and done in one cadence.
     *
     * @param rate done over owed, 1.0 when nothing was owed
     */
    public record Tally(int owed, int done, double rate) {

        public static Tally of(int owed, int done) {
            return new Tally(owed, done, rate(owed, done));
        }

        static double rate(int owed, int done) {
            return owed <= 0 ? 1.0 : Math.min(1.0, (double) done / owed);
        }
    }
}
