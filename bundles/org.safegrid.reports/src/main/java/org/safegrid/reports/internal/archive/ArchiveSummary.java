package org.safegrid.reports.internal.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the archive list.
 *
 * @param id the archive id
 * @param kind TOWN, DEPARTMENT or VILLAGE
 * @param unit {@code town}, the department id or the village code
 * @param title the report's title in the reader's language
 * @param period the period key, for example {@code 2026-11}
 * @param from the first day
 * @param to the last day
 * @param generatedAt when it was generated
 * @param generatedBy who generated it ({@code system} for the scheduled job)
 */
public record ArchiveSummary(long id, String kind, String unit, String title, String period, LocalDate from,
        LocalDate to, Instant generatedAt, String generatedBy) {
}
