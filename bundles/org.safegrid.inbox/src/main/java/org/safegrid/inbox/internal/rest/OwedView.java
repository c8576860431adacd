package org.safegrid.inbox.internal.rest;

import java.time.LocalDate;

import org.safegrid.inbox.internal.duty.OwedDuty;

/**
 * An owed duty as {@code GET /api/duties/owed} shows it.
 *
 * @param kind the duty kind
 * @param layer the layer that owes it
 * @param state {@code DUE}, {@code OVERDUE} or {@code DONE}
 */
public record OwedView(String kind, String layer, String cadence, String periodKey, LocalDate start, LocalDate end,
        String state) {

    static OwedView of(OwedDuty duty) {
        return new OwedView(duty.kind().name(), duty.kind().layer().name(), duty.period().cadence().name(),
                duty.period().key(), duty.period().start(), duty.period().end(), duty.state().name());
    }
}
