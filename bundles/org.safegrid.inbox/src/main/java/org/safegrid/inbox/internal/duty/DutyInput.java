package org.safegrid.inbox.internal.duty;

/**
 * A duty entry as a client sends it: {@code POST /api/duties}.
 *
 * @param kind a {@link DutyKind} name
 * @param periodKey {@code 2026-11-28}, {@code 2026-W48} or {@code 2026-11}, after the kind's cadence
 * @param note what was done, at most {@value DutyValidator#NOTE_MAX} characters
 */
public record DutyInput(String kind, String periodKey, String note) {
}
