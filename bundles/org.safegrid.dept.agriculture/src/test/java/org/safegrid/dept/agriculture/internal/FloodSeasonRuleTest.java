package org.safegrid.dept.agriculture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FloodSeasonRuleTest {

    final FloodSeasonRule rule = new FloodSeasonRule(Season.parse("05-01", "09-30"), 30);

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void withoutAnyInspectionTheFirstIsDueOnTheSeasonsFirstDay() {
        assertEquals(Optional.of(day(5, 1)), rule.dueOn(null, day(5, 1)));
        assertFalse(rule.overdue(null, day(5, 1)), "due that day, not yet overdue");
        assertTrue(rule.overdue(null, day(5, 2)));
    }

    @Test
    void aPreFloodInspectionCountsForItsInterval() {
        assertEquals(Optional.of(day(5, 10)), rule.dueOn(day(4, 10), day(5, 3)));
        assertFalse(rule.overdue(day(4, 10), day(5, 10)));
        assertTrue(rule.overdue(day(4, 10), day(5, 11)));
        // last year's inspection does not count
        assertEquals(Optional.of(day(5, 1)), rule.dueOn(LocalDate.of(2025, 9, 20), day(5, 3)));
    }

    @Test
    void inTheSeasonTheNextIsDueIntervalDaysAfterTheLast() {
        assertEquals(Optional.of(day(7, 31)), rule.dueOn(day(7, 1), day(7, 20)));
        assertFalse(rule.overdue(day(7, 1), day(7, 31)));
        assertTrue(rule.overdue(day(7, 1), day(8, 1)));
    }

    @Test
    void nothingIsDueOutsideTheSeason() {
        assertEquals(Optional.empty(), rule.dueOn(null, day(11, 29)));
        assertFalse(rule.overdue(null, day(11, 29)));
        assertFalse(rule.overdue(day(6, 1), day(10, 1)));
    }
}
