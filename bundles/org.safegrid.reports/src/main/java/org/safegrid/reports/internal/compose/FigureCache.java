package org.safegrid.reports.internal.compose;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.security.DataScope;

/**
 * Figures of periods that ended before today, kept for a while (10 minutes) per period and scope, so that the trend
 * and the last-place streaks of the next reports cost nothing. A period still running is never kept: its figures
 * change. Emptied whenever a figure source comes or goes.
 */
public final class FigureCache {

    /** How long figures are kept. */
    public static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 2_000;

    private record Key(ReportPeriod period, DataScope scope) {
    }

    private record Entry(Figures figures, Instant expires) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Periods being computed now: a second report asking for one waits for it rather than computing it again. */
    private final Map<Key, CompletableFuture<Figures>> running = new ConcurrentHashMap<>();
    private final Clock clock;
    /** Bumped by {@link #clear()}: figures computed before a source came or went are not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public FigureCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * The figures of a period: kept ones when the period ended before {@code today} and they are fresh, otherwise
     * computed (and kept when the period is over).
     */
    public Figures get(ReportPeriod period, DataScope scope, java.time.LocalDate today,
            Function<ReportPeriod, Figures> compute) {
        boolean over = period.to().isBefore(today);
        if (!over) {
            return compute.apply(period);
        }
        Key key = new Key(period, Objects.requireNonNull(scope));
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.figures();
        }
        CompletableFuture<Figures> mine = new CompletableFuture<>();
        CompletableFuture<Figures> other = running.putIfAbsent(key, mine);
        if (other != null) {
            return other.join();
        }
        long started = generation.get();
        try {
            Figures figures = compute.apply(period);
            if (generation.get() == started) {
                keep(key, figures, now);
            }
            mine.complete(figures);
            return figures;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private void keep(Key key, Figures figures, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.expires().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(figures, now.plus(TTL)));
    }

    /** Forgets everything: a source came or went. */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** How many periods are kept now. */
    public int size() {
        return entries.size();
    }
}
