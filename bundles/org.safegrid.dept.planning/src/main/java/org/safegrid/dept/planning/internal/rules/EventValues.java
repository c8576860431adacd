package org.safegrid.dept.planning.internal.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.checklists.api.ChecklistEvents;

/** Reads the checklist events' properties, whatever shape EventAdmin handed them in. */
final class EventValues {

    private EventValues() {
    }

    static String text(SupervisionEvent event, String key) {
        Object value = event.properties().get(key);
        return value == null ? null : value.toString();
    }

    /** The failed item codes of a submission: a {@code String[]} or a collection; empty when none. */
    static Set<String> failedItems(SupervisionEvent event) {
        Object value = event.properties().get(ChecklistEvents.FAILED_ITEMS);
        Set<String> items = new LinkedHashSet<>();
        if (value instanceof String[] array) {
            items.addAll(List.of(array));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> items.add(String.valueOf(item)));
        }
        return items;
    }

    /** The last day of the event's period, from its key ({@code 2026-W48}, {@code 2026-11}, {@code 2026-11-28}). */
    static LocalDate periodEnd(SupervisionEvent event) {
        String end = text(event, ChecklistEvents.PERIOD_END);
        if (end != null) {
            return LocalDate.parse(end);
        }
        return ReportPeriod.parse(text(event, ChecklistEvents.PERIOD_KEY)).to();
    }

    static Long submissionId(SupervisionEvent event) {
        Object value = event.properties().get(ChecklistEvents.SUBMISSION_ID);
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? null : Long.valueOf(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
