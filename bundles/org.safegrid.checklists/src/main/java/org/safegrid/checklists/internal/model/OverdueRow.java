package org.safegrid.checklists.internal.model;

/**
 * An enterprise of the overdue list: the self-inspections it owed for the periods that ended in the last days, how
 * many it submitted and how many are overdue.
 */
public record OverdueRow(long enterpriseId, String creditCode, String enterpriseName, String village,
        String department, String sector, int owed, int done, int overdue) {
}
