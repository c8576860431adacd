package org.safegrid.checklists.internal.dto;

import java.time.LocalDate;

/**
 * An enterprise's compliance in a span: per cadence and in all, the self-inspections owed, done and the rate (done
 * over owed, 1.0 when nothing was owed).
 */
public record ComplianceView(long enterpriseId, String enterpriseName, LocalDate from, LocalDate to, Count daily,
        Count weekly, Count monthly, Count total) {

    public record Count(int owed, int done, double rate) {
    }
}
