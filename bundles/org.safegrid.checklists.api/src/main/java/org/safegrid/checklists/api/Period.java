package org.safegrid.checklists.api;

import java.time.LocalDate;

import org.safegrid.api.checklist.Cadence;

/**
 * A period a checklist is due for.
 *
 * @param cadence daily, weekly or monthly
 * @param key {@code 2026-11-29}, {@code 2026-W48} (ISO week) or {@code 2026-11}
 * @param start the first day
 * @param end the last day
 */
public record Period(Cadence cadence, String key, LocalDate start, LocalDate end) {
}
