package org.safegrid.enforcement.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The repeat window at its boundaries. */
class RepeatRuleTest {

    static final LocalDate NEW = LocalDate.of(2026, 11, 28);

    @Test
    void anEarlierCaseExactlyAWindowBackRepeats() {
        assertTrue(RepeatRule.repeats(NEW.minusDays(365), NEW, 365));
        assertEquals(NEW.minusDays(365), RepeatRule.windowStart(NEW, 365));
    }

    @Test
    void oneDayMoreDoesNot() {
        assertFalse(RepeatRule.repeats(NEW.minusDays(366), NEW, 365));
    }

    @Test
    void theSameDayRepeats() {
        assertTrue(RepeatRule.repeats(NEW, NEW, 365));
    }

    @Test
    void aLaterCaseIsNotEarlier() {
        assertFalse(RepeatRule.repeats(NEW.plusDays(1), NEW, 365));
    }

    @Test
    void aShortWindow() {
        assertTrue(RepeatRule.repeats(NEW.minusDays(30), NEW, 30));
        assertFalse(RepeatRule.repeats(NEW.minusDays(31), NEW, 30));
    }

    @Test
    void theFlagLastsAWindowFromTheNewCase() {
        assertEquals(LocalDate.of(2027, 11, 28), RepeatRule.windowEnd(NEW, 365));
    }

    @Test
    void violationKindsAreComparedNormalised() {
        assertEquals("fire-exit-blocked", ViolationKinds.normalise("  Fire   exit\tBLOCKED "));
        assertEquals("fire-exit-blocked", ViolationKinds.normalise("fire-exit-blocked"));
        assertEquals("消防通道堵塞", ViolationKinds.normalise("消防通道堵塞"));
        assertEquals(null, ViolationKinds.normalise("   "));
    }
}
