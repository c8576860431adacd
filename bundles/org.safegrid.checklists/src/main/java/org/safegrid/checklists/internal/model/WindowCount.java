package org.safegrid.checklists.internal.model;

/**
 * An enterprise's self-inspections of the periods that ended in a window of days.
 *
 * @param owed how many it owed
 * @param done how many of those it submitted
 */
public record WindowCount(int owed, int done) {

    /** Owed and not submitted. */
    public int overdue() {
        return owed - done;
    }
}
