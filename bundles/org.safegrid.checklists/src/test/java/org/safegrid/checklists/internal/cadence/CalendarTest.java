package org.safegrid.checklists.internal.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safegrid.checklists.api.WorkCalendar;

class CalendarTest {

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    final WorkCalendar calendar = Calendars.china2026();

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-23", "2026-04-06", "2026-05-01",
            "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-07"})
    void publicHolidaysOnWeekdaysAreNotWorked(String day) {
        assertFalse(calendar.isWorkingDay(d(day)), day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
    void adjustedWeekendDaysAreWorked(String day) {
        assertTrue(calendar.isWorkingDay(d(day)), day);
        assertTrue(d(day).getDayOfWeek().getValue() >= 6, day + " is a weekend day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-24", "2026-10-08", "2026-10-09", "2026-11-27", "2026-12-31", "2027-01-04"})
    void ordinaryWeekdaysAreWorked(String day) {
        assertTrue(calendar.isWorkingDay(d(day)), day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-11", "2026-11-28", "2026-11-29", "2027-01-02"})
    void ordinaryWeekendsAreNotWorked(String day) {
        assertFalse(calendar.isWorkingDay(d(day)), day);
    }

    @Test
    void countsWorkingDays() {
        // February 2026: 20 weekdays, 6 of them Spring Festival holidays, 2 Saturdays worked
        assertEquals(16, calendar.workingDays(d("2026-02-01"), d("2026-02-28")));
        // the National Day week: 1-7 October off, Sunday 20 September and Saturday 10 October worked
        assertEquals(3, calendar.workingDays(d("2026-10-01"), d("2026-10-10")));
        assertEquals(1, calendar.workingDays(d("2026-11-27"), d("2026-11-27")));
        assertEquals(0, calendar.workingDays(d("2026-11-28"), d("2026-11-27")));
    }

    @Test
    void withoutHolidaysOnlyMondayToFridayIsWorked() {
        WorkCalendar plain = Calendars.weekdays();
        assertFalse(plain.isWorkingDay(d("2026-11-28")));
        assertTrue(plain.isWorkingDay(d("2026-10-01")));
        assertEquals(5, plain.workingDays(d("2026-11-23"), d("2026-11-29")));
    }

    @Test
    void aChangedConfigurationAppliesAtOnce() {
        ConfiguredCalendar configured = new ConfiguredCalendar(Calendars.defaults());
        assertTrue(configured.isWorkingDay(d("2027-02-08")));
        configured.configure(Calendars.config(new String[]{"2027-02-06..2027-02-14", "2027-01-01"},
                new String[]{"2027-02-20"}));
        assertFalse(configured.isWorkingDay(d("2027-02-08")));
        assertFalse(configured.isWorkingDay(d("2027-01-01")));
        assertTrue(configured.isWorkingDay(d("2027-02-20")));
        // the 2026 defaults were replaced, not added to
        assertTrue(configured.isWorkingDay(d("2026-10-08")));
        assertTrue(configured.isWorkingDay(d("2026-10-01")));
        assertFalse(configured.isWorkingDay(d("2026-10-10")));
    }

    @Test
    void badEntriesAreSkippedAndTheRestApplies() {
        ConfiguredCalendar configured = new ConfiguredCalendar(Calendars.config(
                new String[]{"2026-13-01", "2026-11-30", "2026-12-10..2026-12-01", "soon"}, new String[0]));
        assertFalse(configured.isWorkingDay(d("2026-11-30")));
        assertTrue(configured.isWorkingDay(d("2026-12-01")));
    }

    @Test
    void readsDatesRangesAndCommaSeparatedValues() {
        CalendarDates.Result read = CalendarDates.read(
                new String[]{" 2026-10-01..2026-10-03 ", "2026-12-24, 2026-12-25", "", null});
        assertEquals(List.of(d("2026-10-01"), d("2026-10-02"), d("2026-10-03"), d("2026-12-24"), d("2026-12-25")),
                List.copyOf(read.days()));
        assertTrue(read.problems().isEmpty());
    }

    @Test
    void reportsWhatItCannotRead() {
        CalendarDates.Result read = CalendarDates.read(new String[]{"2026-10-07..2026-10-01", "2026-01-01..2026-03-01",
                "2026-02-30", "next monday"});
        assertTrue(read.days().isEmpty());
        assertEquals(4, read.problems().size(), read.problems().toString());
    }
}
