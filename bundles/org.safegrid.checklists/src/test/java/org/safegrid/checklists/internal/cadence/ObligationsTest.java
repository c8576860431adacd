package org.safegrid.checklists.internal.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Obligations.Dueness;

class ObligationsTest {

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    final WorkCalendar calendar = Calendars.china2026();

    static Period day(String day) {
        return Periods.of(Cadence.DAILY, d(day));
    }

    @Test
    void dailyChecksAreOwedOnWorkingDaysOnly() {
        assertTrue(Obligations.owed(day("2026-11-27"), calendar, null));
        assertFalse(Obligations.owed(day("2026-11-28"), calendar, null), "a Saturday");
        assertFalse(Obligations.owed(day("2026-10-01"), calendar, null), "National Day");
        assertTrue(Obligations.owed(day("2026-10-10"), calendar, null), "a Saturday worked instead");
    }

    @Test
    void weeklyAndMonthlyChecksAreOwedInEveryPeriod() {
        assertTrue(Obligations.owed(Periods.of(Cadence.WEEKLY, d("2026-10-01")), calendar, null));
        assertTrue(Obligations.owed(Periods.of(Cadence.MONTHLY, d("2026-02-16")), calendar, null));
    }

    @Test
    void nothingIsOwedForPeriodsEndingBeforeArrival() {
        LocalDate arrived = d("2026-11-25");
        assertFalse(Obligations.owed(day("2026-11-24"), calendar, arrived));
        assertTrue(Obligations.owed(day("2026-11-25"), calendar, arrived));
        // the week and month in which it arrived are owed: they end after it
        assertTrue(Obligations.owed(Periods.of(Cadence.WEEKLY, d("2026-11-23")), calendar, arrived));
        assertTrue(Obligations.owed(Periods.of(Cadence.MONTHLY, d("2026-11-01")), calendar, arrived));
        assertFalse(Obligations.owed(Periods.of(Cadence.MONTHLY, d("2026-10-01")), calendar, arrived));
    }

    @Test
    void periodsEndingInASpan() {
        List<Period> days = Obligations.endingBetween(Cadence.DAILY, d("2026-09-28"), d("2026-10-11"), calendar,
                null);
        assertEquals(List.of("2026-09-28", "2026-09-29", "2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10"),
                days.stream().map(Period::key).toList());
        // the week of 2026-11-27 ends on the 29th, after the span
        List<Period> weeks = Obligations.endingBetween(Cadence.WEEKLY, d("2026-11-10"), d("2026-11-27"), calendar,
                null);
        assertEquals(List.of("2026-W46", "2026-W47"), weeks.stream().map(Period::key).toList());
        assertTrue(Obligations.endingBetween(Cadence.MONTHLY, d("2026-11-02"), d("2026-11-29"), calendar, null)
                .isEmpty());
        assertTrue(Obligations.endingBetween(Cadence.DAILY, d("2026-11-02"), d("2026-11-01"), calendar, null)
                .isEmpty());
    }

    @Test
    void aPeriodIsOverOnceItsLastDayIsBeforeToday() {
        assertFalse(Obligations.ended(day("2026-11-27"), d("2026-11-27")));
        assertTrue(Obligations.ended(day("2026-11-27"), d("2026-11-28")));
        Period week = Periods.of(Cadence.WEEKLY, d("2026-11-23"));
        assertFalse(Obligations.ended(week, d("2026-11-29")), "Sunday is the week's last day");
        assertTrue(Obligations.ended(week, d("2026-11-30")));
    }

    @Test
    void theCurrentPeriodAndRecentOverdueOnesMayBeSubmitted() {
        LocalDate today = d("2026-11-27");
        assertEquals(Dueness.CURRENT, Obligations.dueness(day("2026-11-27"), today, calendar));
        assertEquals(Dueness.LATE, Obligations.dueness(day("2026-11-26"), today, calendar));
        assertEquals(Dueness.LATE, Obligations.dueness(day("2026-10-28"), today, calendar), "30 days ago");
        assertEquals(Dueness.TOO_OLD, Obligations.dueness(day("2026-10-27"), today, calendar), "31 days ago");
        assertEquals(Dueness.FUTURE, Obligations.dueness(day("2026-11-30"), today, calendar));
        assertEquals(Dueness.NOT_WORKING_DAY, Obligations.dueness(day("2026-11-22"), today, calendar));
        assertEquals(Dueness.CURRENT, Obligations.dueness(day("2026-11-28"), d("2026-11-28"), calendar),
                "today may be filled in even on a day off");
    }

    @Test
    void weeksAndMonthsMayBeSubmittedUntilThirtyDaysAfterTheirEnd() {
        LocalDate today = d("2026-12-31");
        assertEquals(Dueness.CURRENT, Obligations.dueness(Periods.of(Cadence.WEEKLY, today), today, calendar));
        assertEquals(Dueness.LATE, Obligations.dueness(Periods.of(Cadence.MONTHLY, d("2026-11-30")), d("2026-12-30"),
                calendar));
        assertEquals(Dueness.TOO_OLD, Obligations.dueness(Periods.of(Cadence.MONTHLY, d("2026-11-30")), today,
                calendar));
        assertEquals(Dueness.FUTURE, Obligations.dueness(Periods.of(Cadence.MONTHLY, d("2027-01-01")), today,
                calendar));
        assertEquals(Dueness.LATE, Obligations.dueness(Periods.of(Cadence.WEEKLY, d("2026-12-27")), today, calendar));
    }
}
