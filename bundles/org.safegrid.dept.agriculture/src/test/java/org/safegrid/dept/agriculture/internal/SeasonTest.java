package org.safegrid.dept.agriculture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SeasonTest {

    static final Season FLOOD = Season.parse("05-01", "09-30");
    static final Season FIRE = Season.parse("10-01", "04-30");

    @Test
    void theFloodSeasonHoldsItsEndsAndNothingElse() {
        assertFalse(FLOOD.contains(LocalDate.of(2026, 4, 30)));
        assertEquals(Optional.of(LocalDate.of(2026, 5, 1)), FLOOD.startOf(LocalDate.of(2026, 5, 1)));
        assertEquals(Optional.of(LocalDate.of(2026, 5, 1)), FLOOD.startOf(LocalDate.of(2026, 9, 30)));
        assertFalse(FLOOD.contains(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void aSeasonOverTheNewYearStartsInTheYearBefore() {
        assertTrue(FIRE.wraps());
        assertEquals(Optional.of(LocalDate.of(2025, 10, 1)), FIRE.startOf(LocalDate.of(2026, 2, 14)));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), FIRE.startOf(LocalDate.of(2026, 11, 29)));
        assertTrue(FIRE.contains(LocalDate.of(2026, 4, 30)));
        assertFalse(FIRE.contains(LocalDate.of(2026, 5, 1)));
        assertFalse(FIRE.contains(LocalDate.of(2026, 9, 30)));
    }

    @Test
    void badDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Season.parse("13-01", "09-30"));
        assertThrows(IllegalArgumentException.class, () -> Season.parse("5/1", "09-30"));
        assertThrows(IllegalArgumentException.class, () -> Season.parse(null, "09-30"));
    }
}
