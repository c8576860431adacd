package org.safegrid.checklists.internal.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.safegrid.checklists.api.DueState;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Obligations;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.checklists.internal.model.DueEntry;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.Submitted;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.model.WindowCount;

/**
 * What enterprises owe and what they did, from the templates, the calendar and their submissions; no database, no
 * OSGi. Only operating enterprises owe self-inspections, and only of the active templates that apply to them.
 */
public final class DueCalculator {

    private static final Comparator<DueEntry> ORDER = Comparator
            .comparing((DueEntry e) -> e.state() != DueState.OVERDUE)
            .thenComparing(e -> e.period().start())
            .thenComparing(e -> e.template().code());

    private final WorkCalendar calendar;
    private final ZoneId zone;

    /** @param zone the town's zone, in which instants become days */
    public DueCalculator(WorkCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    /**
     * The enterprise's due list on {@code date}: for each template it owes, the period holding {@code date} (due,
     * done, or overdue when that period is over), and before it the overdue periods that ended in the
     * {@value Obligations#LATE_DAYS} days before {@code date}. Overdue ones first, oldest first.
     */
    public List<DueEntry> due(EnterpriseFacts enterprise, List<TemplateHead> templates, Submitted submitted,
            LocalDate date, LocalDate today) {
        List<DueEntry> entries = new ArrayList<>();
        for (TemplateHead template : templates) {
            if (!enterprise.owes(template)) {
                continue;
            }
            LocalDate owedFrom = enterprise.owedFrom(template, zone);
            LocalDate lastEnded = min(date.minusDays(1), today.minusDays(1));
            for (Period period : Obligations.endingBetween(template.cadence(), date.minusDays(Obligations.LATE_DAYS),
                    lastEnded, calendar, owedFrom)) {
                if (!submitted.done(enterprise.id(), template.code(), period.key())) {
                    entries.add(new DueEntry(template, period, DueState.OVERDUE, 0));
                }
            }
            Period current = Periods.of(template.cadence(), date);
            long submission = submitted.submission(enterprise.id(), template.code(), current.key());
            if (submission != 0) {
                entries.add(new DueEntry(template, current, DueState.DONE, submission));
            } else if (Obligations.owed(current, calendar, owedFrom)) {
                DueState state = Obligations.ended(current, today) ? DueState.OVERDUE : DueState.DUE;
                entries.add(new DueEntry(template, current, state, 0));
            }
        }
        entries.sort(ORDER);
        return entries;
    }

    /**
     * What the enterprise owed and submitted of the periods that ended in the {@code days} days before today (today
     * excluded: its periods are still running).
     */
    public WindowCount window(EnterpriseFacts enterprise, List<TemplateHead> templates, Submitted submitted,
            LocalDate today, int days) {
        int owed = 0;
        int done = 0;
        for (TemplateHead template : templates) {
            if (!enterprise.owes(template)) {
                continue;
            }
            for (Period period : Obligations.endingBetween(template.cadence(), today.minusDays(days),
                    today.minusDays(1), calendar, enterprise.owedFrom(template, zone))) {
                owed++;
                if (submitted.done(enterprise.id(), template.code(), period.key())) {
                    done++;
                }
            }
        }
        return new WindowCount(owed, done);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
