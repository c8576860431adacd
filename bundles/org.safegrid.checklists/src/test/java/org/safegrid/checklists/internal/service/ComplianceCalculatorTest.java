package org.safegrid.checklists.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.checklists.internal.cadence.Calendars;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.Submitted;
import org.safegrid.checklists.internal.model.SubmittedPeriod;
import org.safegrid.checklists.internal.model.TemplateHead;

class ComplianceCalculatorTest {

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    final ComplianceCalculator calculator = new ComplianceCalculator(Calendars.china2026(), Heads.ZONE);
    final TemplateHead daily = Heads.fuel("fuel-daily", Cadence.DAILY);
    final TemplateHead weekly = Heads.fuel("fuel-weekly", Cadence.WEEKLY);
    final TemplateHead monthly = Heads.fuel("fuel-monthly", Cadence.MONTHLY);
    final List<TemplateHead> all = List.of(daily, weekly, monthly);
    final EnterpriseFacts station = Heads.station(7);
    final List<SubmittedPeriod> submitted = new ArrayList<>();

    void submit(TemplateHead template, String... keys) {
        for (String key : keys) {
            submitted.add(new SubmittedPeriod(station.id(), template.code(), key, 100 + submitted.size()));
        }
    }

    Compliance compliance(EnterpriseFacts enterprise, String from, String to, String today) {
        return calculator.compliance(enterprise, all, new Submitted(submitted), d(from), d(to), d(today));
    }

    @Test
    void countsOwedAndDonePerCadence() {
        // October 2026: 22 weekdays, 5 of them National Day holidays, and Saturday the 10th worked: 18 working days
        submit(daily, "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12");
        submit(daily, "2026-10-04"); // a holiday: not owed, not counted
        submit(weekly, "2026-W41", "2026-W42");
        submit(monthly, "2026-10", "2026-09");
        Compliance c = compliance(station, "2026-10-01", "2026-10-31", "2026-11-28");
        assertEquals(new Compliance.Count(18, 4), c.daily());
        assertEquals(new Compliance.Count(4, 2), c.weekly(), "W40 (ends 4 Oct) to W43; W44 ends 1 Nov");
        assertEquals(new Compliance.Count(1, 1), c.monthly(), "September ended before the span");
        assertEquals(7.0 / 23, c.rate(), 1e-9);
    }

    @Test
    void theRunningPeriodCountsOnlyOnceSubmitted() {
        // today Friday 27 November; the span is November up to today
        submit(daily, "2026-11-26");
        Compliance before = compliance(station, "2026-11-23", "2026-11-27", "2026-11-27");
        assertEquals(new Compliance.Count(4, 1), before.daily(), "Monday to Thursday are over, today is not");
        assertEquals(new Compliance.Count(0, 0), before.weekly());
        assertEquals(new Compliance.Count(0, 0), before.monthly());
        submit(daily, "2026-11-27");
        submit(weekly, "2026-W48");
        Compliance after = compliance(station, "2026-11-23", "2026-11-27", "2026-11-27");
        assertEquals(new Compliance.Count(5, 2), after.daily());
        assertEquals(new Compliance.Count(1, 1), after.weekly(), "submitted early, so counted");
    }

    @Test
    void nothingOwedIsAFullRate() {
        Compliance c = compliance(station, "2026-10-01", "2026-10-07", "2026-11-28");
        assertEquals(new Compliance.Count(0, 0), c.daily(), "National Day holidays");
        assertEquals(1, c.weekly().owed(), "W40 ends 4 October");
        Compliance none = calculator.compliance(station, List.of(), new Submitted(List.of()), d("2026-10-01"),
                d("2026-10-31"), d("2026-11-28"));
        assertEquals(1.0, none.rate());
    }

    @Test
    void aSuspendedEnterpriseOwesNothingButItsSubmissionsShow() {
        EnterpriseFacts suspended = new EnterpriseFacts(7, "停业", "fuel-station", Set.of(), false, null);
        submit(daily, "2026-11-02");
        Compliance c = compliance(suspended, "2026-11-01", "2026-11-27", "2026-11-28");
        assertEquals(new Compliance.Count(1, 1), c.daily());
        assertEquals(new Compliance.Count(0, 0), c.weekly());
    }

    @Test
    void templatesThatDoNotApplyOrAreInactiveAreNotOwed() {
        TemplateHead other = Heads.head("chem", Cadence.DAILY, Set.of("hazardous-chemicals"), Set.of(), true,
                Heads.LONG_AGO);
        TemplateHead inactive = Heads.head("old", Cadence.WEEKLY, Set.of(), Set.of(), false, Heads.LONG_AGO);
        Compliance c = calculator.compliance(station, List.of(other, inactive), new Submitted(List.of()),
                d("2026-11-01"), d("2026-11-27"), d("2026-11-28"));
        assertEquals(0, c.daily().owed() + c.weekly().owed() + c.monthly().owed());
    }

    @Test
    void aFutureSpanOwesNothing() {
        Compliance c = compliance(station, "2026-12-01", "2026-12-31", "2026-11-28");
        assertEquals(0, c.daily().owed() + c.weekly().owed() + c.monthly().owed());
    }
}
