package org.safegrid.api.report;

import java.time.LocalDate;
import java.util.Objects;

import org.safegrid.api.security.DataScope;

/**
 * What a report asks of a figure source or a section contributor.
 *
 * @param period the days covered
 * @param scope the data the reader may see; count only what it {@link DataScope#sees sees}
 * @param today today in the town's time zone: state figures (open, overdue) are taken as of
 *        {@code min(period.to, today)}
 */
public record ReportRequest(ReportPeriod period, DataScope scope, LocalDate today) {

    public ReportRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(today, "today");
    }

    /** The day state figures are taken on: the period's last day, or today while the period is running. */
    public LocalDate asOf() {
        return period.to().isAfter(today) ? today : period.to();
    }
}
