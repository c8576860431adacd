package org.safegrid.checklists.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.DueState;
import org.safegrid.checklists.internal.cadence.Calendars;
import org.safegrid.checklists.internal.model.DueEntry;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.Submitted;
import org.safegrid.checklists.internal.model.SubmittedPeriod;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.model.WindowCount;

class DueCalculatorTest {

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    final DueCalculator calculator = new DueCalculator(Calendars.china2026(), Heads.ZONE);
    final TemplateHead daily = Heads.fuel("fuel-daily", Cadence.DAILY);
    final TemplateHead weekly = Heads.fuel("fuel-weekly", Cadence.WEEKLY);
    final TemplateHead monthly = Heads.fuel("fuel-monthly", Cadence.MONTHLY);
    final EnterpriseFacts station = Heads.station(7);
    final List<SubmittedPeriod> submitted = new ArrayList<>();

    void submit(TemplateHead template, String key) {
        submitted.add(new SubmittedPeriod(station.id(), template.code(), key, 100 + submitted.size()));
    }

    List<DueEntry> due(LocalDate date, LocalDate today, TemplateHead... templates) {
        return calculator.due(station, List.of(templates), new Submitted(submitted), date, today);
    }

    static List<String> describe(List<DueEntry> entries) {
        return entries.stream().map(e -> e.template().code() + " " + e.period().key() + " " + e.state()).toList();
    }

    @Test
    void aFreshEnterpriseOwesTheCurrentPeriodsAndTheMissedOnes() {
        // Monday 2026-11-30; everything submitted up to the Friday before except Thursday's daily check
        for (String day : List.of("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09",
                "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18",
                "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-27")) {
            submit(daily, day);
        }
        for (String week : List.of("2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48")) {
            submit(weekly, week);
        }
        submit(monthly, "2026-10");
        LocalDate monday = d("2026-11-30");
        List<String> due = describe(due(monday, monday, daily, weekly, monthly));
        assertEquals(List.of("fuel-daily 2026-11-26 OVERDUE", "fuel-monthly 2026-11 DUE", "fuel-daily 2026-11-30 DUE",
                "fuel-weekly 2026-W49 DUE"), due);
    }

    @Test
    void overdueLooksThirtyDaysBackAndSkipsDaysOff() {
        LocalDate today = d("2026-10-12"); // a Monday after National Day
        List<DueEntry> entries = due(today, today, daily);
        List<String> overdue = entries.stream().filter(e -> e.state() == DueState.OVERDUE)
                .map(e -> e.period().key()).toList();
        assertTrue(overdue.contains("2026-10-10"), "the Saturday worked instead");
        assertTrue(overdue.contains("2026-09-20"), "the Sunday worked instead");
        assertTrue(overdue.contains("2026-09-14"), "30 days before");
        assertTrue(overdue.stream().noneMatch(k -> k.startsWith("2026-10-0") && k.compareTo("2026-10-08") < 0),
                "no daily check during the holidays: " + overdue);
        assertTrue(overdue.stream().noneMatch(k -> k.compareTo("2026-09-12") <= 0), "not older than 30 days");
        assertEquals("2026-10-12 DUE", entries.get(entries.size() - 1).period().key() + " "
                + entries.get(entries.size() - 1).state());
    }

    @Test
    void yesterdayIsOverdueAtMidnightAndTodayIsDue() {
        LocalDate today = d("2026-11-27");
        submit(daily, "2026-11-25");
        List<String> due = describe(due(today, today, daily).stream()
                .filter(e -> !e.period().start().isBefore(d("2026-11-25"))).toList());
        assertEquals(List.of("fuel-daily 2026-11-26 OVERDUE", "fuel-daily 2026-11-27 DUE"), due);
    }

    @Test
    void aWeekIsDueUntilItsSundayAndOverdueFromMonday() {
        List<DueEntry> sunday = due(d("2026-11-29"), d("2026-11-29"), weekly);
        assertEquals("2026-W48 DUE", sunday.get(sunday.size() - 1).period().key() + " "
                + sunday.get(sunday.size() - 1).state());
        List<DueEntry> monday = due(d("2026-11-30"), d("2026-11-30"), weekly);
        assertEquals("2026-W48", monday.get(monday.size() - 2).period().key());
        assertEquals(DueState.OVERDUE, monday.get(monday.size() - 2).state());
        assertEquals(DueState.DUE, monday.get(monday.size() - 1).state());
    }

    @Test
    void submittedPeriodsAreDoneWithTheirSubmission() {
        submit(monthly, "2026-11");
        DueEntry entry = due(d("2026-11-28"), d("2026-11-28"), monthly).stream()
                .filter(e -> e.period().key().equals("2026-11")).findFirst().orElseThrow();
        assertEquals(DueState.DONE, entry.state());
        assertEquals(100, entry.submissionId());
    }

    @Test
    void aPastDateShowsItsPeriodOverdue() {
        List<DueEntry> entries = due(d("2026-11-20"), d("2026-11-28"), daily);
        DueEntry last = entries.get(entries.size() - 1);
        assertEquals("2026-11-20", last.period().key());
        assertEquals(DueState.OVERDUE, last.state());
    }

    @Test
    void noDailyCheckIsDueOnADayOff() {
        LocalDate saturday = d("2026-11-28");
        assertTrue(due(saturday, saturday, daily).stream().noneMatch(e -> e.period().key().equals("2026-11-28")));
        submit(daily, "2026-11-28");
        assertTrue(due(saturday, saturday, daily).stream()
                .anyMatch(e -> e.period().key().equals("2026-11-28") && e.state() == DueState.DONE),
                "but one filled in anyway shows as done");
    }

    @Test
    void onlyOperatingEnterprisesOweAndOnlyWhatApplies() {
        LocalDate today = d("2026-11-27");
        EnterpriseFacts closed = new EnterpriseFacts(8, "停业", "fuel-station", Set.of(), false, null);
        assertTrue(calculator.due(closed, List.of(daily), new Submitted(List.of()), today, today).isEmpty());
        TemplateHead chemicals = Heads.head("chem", Cadence.DAILY, Set.of("hazardous-chemicals"), Set.of(), true,
                Heads.LONG_AGO);
        TemplateHead fireRisk = Heads.head("fire", Cadence.DAILY, Set.of(), Set.of("HIGH_FIRE_RISK"), true,
                Heads.LONG_AGO);
        TemplateHead inactive = Heads.head("old", Cadence.DAILY, Set.of(), Set.of(), false, Heads.LONG_AGO);
        assertTrue(due(today, today, chemicals, fireRisk, inactive).isEmpty());
        EnterpriseFacts risky = new EnterpriseFacts(9, "高危", "fuel-station", Set.of("HIGH_FIRE_RISK"), true, null);
        assertEquals(1, calculator.due(risky, List.of(fireRisk), new Submitted(List.of()), today, today).stream()
                .filter(e -> e.state() == DueState.DUE).count());
    }

    @Test
    void aNewTemplateOwesNothingBeforeItCame() {
        LocalDate today = d("2026-11-27");
        TemplateHead fresh = Heads.head("fresh", Cadence.DAILY, Set.of(), Set.of(), true,
                Instant.parse("2026-11-25T01:00:00Z"));
        assertEquals(List.of("fresh 2026-11-25 OVERDUE", "fresh 2026-11-26 OVERDUE", "fresh 2026-11-27 DUE"),
                describe(due(today, today, fresh)));
    }

    @Test
    void aNewEnterpriseOwesNothingBeforeItWasRegistered() {
        LocalDate today = d("2026-11-27");
        EnterpriseFacts fresh = new EnterpriseFacts(7, "新", "fuel-station", Set.of(), true, today);
        assertEquals(List.of("fuel-daily 2026-11-27 DUE"),
                describe(calculator.due(fresh, List.of(daily), new Submitted(List.of()), today, today)));
    }

    @Test
    void countsTheLastSevenDays() {
        LocalDate today = d("2026-11-30"); // Monday: the window is Monday 23 to Sunday 29
        submit(daily, "2026-11-23");
        submit(daily, "2026-11-24");
        submit(weekly, "2026-W48");
        WindowCount count = calculator.window(station, List.of(daily, weekly, monthly), new Submitted(submitted),
                today, 7);
        assertEquals(6, count.owed(), "five working days and one week; no month ended");
        assertEquals(3, count.done());
        assertEquals(3, count.overdue());
    }
}
