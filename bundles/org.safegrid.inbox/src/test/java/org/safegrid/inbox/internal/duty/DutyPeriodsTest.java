package org.safegrid.inbox.internal.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;

class DutyPeriodsTest {

    @Test
    void parsesTheKeysOfEachCadence() {
        assertEquals(new Period(Cadence.DAILY, "2026-11-28", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 28)),
                DutyPeriods.parse(Cadence.DAILY, "2026-11-28").orElseThrow());
        assertEquals(new Period(Cadence.WEEKLY, "2026-W48", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)),
                DutyPeriods.parse(Cadence.WEEKLY, "2026-W48").orElseThrow());
        assertEquals(new Period(Cadence.WEEKLY, "2026-W53", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)),
                DutyPeriods.parse(Cadence.WEEKLY, "2026-W53").orElseThrow(), "2026 has 53 ISO weeks");
        assertEquals(new Period(Cadence.MONTHLY, "2028-02", LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)),
                DutyPeriods.parse(Cadence.MONTHLY, "2028-02").orElseThrow(), "a leap year");
    }

    @Test
    void refusesKeysThatNameNoPeriodOrAnotherCadence() {
        for (String key : new String[]{"2026-02-30", "2026-13-01", "2026-11-1", "26-11-28", "2026-W48", "",
                "1999-12-31"}) {
            assertTrue(DutyPeriods.parse(Cadence.DAILY, key).isEmpty(), key);
        }
        for (String key : new String[]{"2027-W53", "2026-W00", "2026-W54", "2026-w48", "2026-11"}) {
            assertTrue(DutyPeriods.parse(Cadence.WEEKLY, key).isEmpty(), key);
        }
        for (String key : new String[]{"2026-13", "2026-00", "2026-11-01", "2026-1"}) {
            assertTrue(DutyPeriods.parse(Cadence.MONTHLY, key).isEmpty(), key);
        }
        assertTrue(DutyPeriods.parse(Cadence.MONTHLY, null).isEmpty());
    }

    @Test
    void aKeyRoundTrips() {
        for (LocalDate day = LocalDate.of(2026, 12, 20); day.isBefore(LocalDate.of(2027, 1, 15)); day = day
                .plusDays(1)) {
            for (Cadence cadence : Cadence.values()) {
                Period period = DutyPeriods.of(cadence, day);
                assertEquals(period, DutyPeriods.parse(cadence, period.key()).orElseThrow(), day + " " + cadence);
                assertTrue(!period.start().isAfter(day) && !period.end().isBefore(day));
            }
        }
    }
}
