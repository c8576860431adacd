package org.safegrid.checklists.internal.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Obligations;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.Submitted;
import org.safegrid.checklists.internal.model.TemplateHead;

/**
 * The compliance rate an inspection shows (measure 4): per cadence, how many self-inspections an enterprise owed in a
 * span of days and how many of those it submitted. For each active template that applies to the enterprise:
 * <ul>
 * <li>a period whose last day lies in the span and is before today is owed (daily: working days only; none before
 * the enterprise or the template came into SafeGrid), and done when submitted;</li>
 * <li>the period running today, when today lies in the span, counts only once submitted (owed and done): nobody is
 * behind before a period is over;</li>
 * <li>a suspended or closed enterprise owes nothing; what it submitted still counts as owed and done.</li>
 * </ul>
 */
public final class ComplianceCalculator {

    private final WorkCalendar calendar;
    private final ZoneId zone;

    public ComplianceCalculator(WorkCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    public Compliance compliance(EnterpriseFacts enterprise, List<TemplateHead> templates, Submitted submitted,
            LocalDate from, LocalDate to, LocalDate today) {
        Map<Cadence, int[]> counts = new EnumMap<>(Cadence.class);
        for (Cadence cadence : Cadence.values()) {
            counts.put(cadence, new int[2]);
        }
        for (TemplateHead template : templates) {
            if (!template.active() || !template.appliesTo(enterprise.sector(), enterprise.flags())) {
                continue;
            }
            int[] count = counts.get(template.cadence());
            LocalDate owedFrom = enterprise.owedFrom(template, zone);
            for (Period period : Obligations.endingBetween(template.cadence(), from,
                    DueCalculator.min(to, today.minusDays(1)), calendar, owedFrom)) {
                boolean done = submitted.done(enterprise.id(), template.code(), period.key());
                if (enterprise.operating() || done) {
                    count[0]++;
                }
                if (done) {
                    count[1]++;
                }
            }
            if (!today.isBefore(from) && !today.isAfter(to)) {
                Period running = Periods.of(template.cadence(), today);
                if (submitted.done(enterprise.id(), template.code(), running.key())
                        && Obligations.owed(running, calendar, owedFrom)) {
                    count[0]++;
                    count[1]++;
                }
            }
        }
        return new Compliance(enterprise.id(), from, to, count(counts, Cadence.DAILY), count(counts, Cadence.WEEKLY),
                count(counts, Cadence.MONTHLY));
    }

    private static Compliance.Count count(Map<Cadence, int[]> counts, Cadence cadence) {
        int[] count = counts.get(cadence);
        return new Compliance.Count(count[0], count[1]);
    }
}
