package org.safegrid.reports.internal.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.reports.internal.Settings;
import org.safegrid.reports.internal.compose.ArchivedLastPlaces;
import org.safegrid.reports.internal.compose.ContributedSection;
import org.safegrid.reports.internal.compose.FigureCache;
import org.safegrid.reports.internal.compose.FigureRunner;
import org.safegrid.reports.internal.compose.ReportEngine;
import org.safegrid.reports.internal.model.UnitDirectory;

/** A report engine over hand-made sources and sections, on 2026-11-29 10:00 in Shanghai (02:00 UTC). */
public final class Engines implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    public final List<ReportFigureSource> sources = new CopyOnWriteArrayList<>();
    public final List<ContributedSection> sections = new CopyOnWriteArrayList<>();
    public final ExecutorService sourceExecutor = Executors.newFixedThreadPool(4);
    public final ExecutorService periodExecutor = Executors.newFixedThreadPool(3);
    public final Clock clock;
    public final FigureCache cache;
    public UnitDirectory units = Units.standard();
    public ArchivedLastPlaces archive = ArchivedLastPlaces.NONE;
    public Settings settings = Settings.DEFAULT;

    public Engines() {
        this(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public Engines(Clock clock) {
        this.clock = clock;
        this.cache = new FigureCache(clock);
    }

    public ReportEngine engine() {
        return new ReportEngine(new FigureRunner(() -> List.copyOf(sources), sourceExecutor, 5_000), cache,
                () -> List.copyOf(sections), units, archive, sourceExecutor, periodExecutor, settings, clock);
    }

    @Override
    public void close() {
        sourceExecutor.shutdownNow();
        periodExecutor.shutdownNow();
    }
}
