package org.safegrid.enforcement.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The daily continuing penalty's accrual: both ends counted, nothing before the start, as of any day. */
class AccrualTest {

    static final BigDecimal PER_DAY = new BigDecimal("500.00");
    static final LocalDate START = LocalDate.of(2026, 11, 20);

    @Test
    void theFirstDayCounts() {
        Accrual a = Accrual.of(PER_DAY, START, null, START);
        assertEquals(1, a.days());
        assertEquals(new BigDecimal("500.00"), a.amount());
    }

    @Test
    void growsEveryDayWhileItRuns() {
        assertEquals(new Accrual(5, new BigDecimal("2500.00")),
                Accrual.of(PER_DAY, START, null, LocalDate.of(2026, 11, 24)));
        assertEquals(new Accrual(6, new BigDecimal("3000.00")),
                Accrual.of(PER_DAY, START, null, LocalDate.of(2026, 11, 25)));
    }

    @Test
    void theStopDayCountsAndNothingAfterIt() {
        LocalDate stop = LocalDate.of(2026, 11, 22);
        assertEquals(3, Accrual.of(PER_DAY, START, stop, stop).days());
        assertEquals(new Accrual(3, new BigDecimal("1500.00")),
                Accrual.of(PER_DAY, START, stop, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void stoppedOnTheFirstDayIsOneDay() {
        assertEquals(1, Accrual.of(PER_DAY, START, START, LocalDate.of(2026, 12, 31)).days());
    }

    @Test
    void notStartedYetIsNothing() {
        assertEquals(Accrual.NONE, Accrual.of(PER_DAY, START, null, START.minusDays(1)));
        // rectified before the first day: nothing ever accrues
        assertEquals(Accrual.NONE, Accrual.of(PER_DAY, START, START.minusDays(2), START.plusDays(10)));
    }

    @Test
    void withoutADailyPenaltyNothing() {
        assertEquals(Accrual.NONE, Accrual.of(null, null, null, START));
        assertEquals(new BigDecimal("0.00"), Accrual.NONE.amount());
    }

    @Test
    void acrossMonthAndYearEnds() {
        // 30 Nov, 1 Dec: November has 30 days
        assertEquals(2, Accrual.of(PER_DAY, LocalDate.of(2026, 11, 30), null, LocalDate.of(2026, 12, 1)).days());
        // 28 Feb 2027 .. 1 Mar 2027: not a leap year
        assertEquals(2, Accrual.of(PER_DAY, LocalDate.of(2027, 2, 28), null, LocalDate.of(2027, 3, 1)).days());
        // 28 Feb 2028 .. 1 Mar 2028: leap year, 29 Feb counts
        assertEquals(3, Accrual.of(PER_DAY, LocalDate.of(2028, 2, 28), null, LocalDate.of(2028, 3, 1)).days());
        // 31 Dec .. 2 Jan
        assertEquals(new Accrual(3, new BigDecimal("1500.00")),
                Accrual.of(PER_DAY, LocalDate.of(2026, 12, 31), null, LocalDate.of(2027, 1, 2)));
    }

    @Test
    void amountsKeepTheirFen() {
        assertEquals(new BigDecimal("3.99"),
                Accrual.of(new BigDecimal("1.33"), START, null, START.plusDays(2)).amount());
    }
}
