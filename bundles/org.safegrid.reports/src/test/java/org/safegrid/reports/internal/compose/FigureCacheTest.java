package org.safegrid.reports.internal.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.security.DataScope;

class FigureCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2026-11-29T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void keepsPeriodsOverForTenMinutesPerScope() {
        Moving clock = new Moving();
        FigureCache cache = new FigureCache(clock);
        AtomicInteger computed = new AtomicInteger();
        ReportPeriod october = ReportPeriod.month(YearMonth.of(2026, 10));
        Runnable ask = () -> cache.get(october, DataScope.everything(), TODAY, p -> {
            computed.incrementAndGet();
            return Figures.NONE;
        });
        ask.run();
        ask.run();
        assertEquals(1, computed.get());
        cache.get(october, DataScope.of(java.util.Set.of("dept-emergency")), TODAY, p -> {
            computed.incrementAndGet();
            return Figures.NONE;
        });
        assertEquals(2, computed.get(), "another scope is another entry");
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        ask.run();
        assertEquals(3, computed.get(), "stale after ten minutes");
        cache.clear();
        ask.run();
        assertEquals(4, computed.get());
    }

    @Test
    void aSecondAskerWaitsForTheFirstInsteadOfComputingAgain() throws Exception {
        FigureCache cache = new FigureCache(new Moving());
        AtomicInteger computed = new AtomicInteger();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ReportPeriod october = ReportPeriod.month(YearMonth.of(2026, 10));
        java.util.function.Function<ReportPeriod, Figures> slow = p -> {
            computed.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Figures.NONE;
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> cache.get(october, DataScope.everything(), TODAY, slow));
            started.await();
            var second = pool.submit(() -> cache.get(october, DataScope.everything(), TODAY, slow));
            Thread.sleep(100);
            release.countDown();
            assertEquals(Figures.NONE, first.get());
            assertEquals(Figures.NONE, second.get());
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverKeepsARunningPeriod() {
        FigureCache cache = new FigureCache(new Moving());
        AtomicInteger computed = new AtomicInteger();
        ReportPeriod november = ReportPeriod.month(YearMonth.of(2026, 11));
        for (int i = 0; i < 3; i++) {
            cache.get(november, DataScope.everything(), TODAY, p -> {
                computed.incrementAndGet();
                return Figures.NONE;
            });
        }
        assertEquals(3, computed.get());
        assertEquals(0, cache.size());
    }
}
