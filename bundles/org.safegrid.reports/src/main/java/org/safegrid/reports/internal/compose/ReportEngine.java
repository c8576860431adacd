package org.safegrid.reports.internal.compose;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.report.ReportUnit.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.reports.internal.Settings;
import org.safegrid.reports.internal.model.ReportContent;
import org.safegrid.reports.internal.model.ReportContent.DepartmentSection;
import org.safegrid.reports.internal.model.ReportContent.LastPlace;
import org.safegrid.reports.internal.model.ReportContent.TrendPoint;
import org.safegrid.reports.internal.model.ReportContent.UnitRow;
import org.safegrid.reports.internal.model.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes reports: the figures of the period from every source, the rows, scores and ranks, the last places with
 * their streaks, the exposure table, the trend and the departments' sections. Plain Java: the component
 * ({@code ReportService}) hands it the services and executors.
 *
 * <p>
 * A department report counts with the department's scope (what it regulates) and a village report with the village's,
 * whoever reads it: the REST layer decides who may read which.
 */
public final class ReportEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ReportEngine.class);

    /** How long a source or a section may take before it is left out. */
    public static final long TIMEOUT_MILLIS = 30_000;

    private final FigureRunner runner;
    private final FigureCache cache;
    private final Supplier<List<ContributedSection>> contributors;
    private final UnitDirectory units;
    private final ArchivedLastPlaces archive;
    private final ExecutorService sourceExecutor;
    private final ExecutorService periodExecutor;
    private final Settings settings;
    private final Clock clock;

    /**
     * @param sourceExecutor runs the sources and sections; its tasks never wait on other tasks
     * @param periodExecutor computes earlier periods (trend) while the current one is computed; its tasks wait on
     *            {@code sourceExecutor}, never on each other
     */
    public ReportEngine(FigureRunner runner, FigureCache cache, Supplier<List<ContributedSection>> contributors,
            UnitDirectory units, ArchivedLastPlaces archive, ExecutorService sourceExecutor,
            ExecutorService periodExecutor, Settings settings, Clock clock) {
        this.runner = runner;
        this.cache = cache;
        this.contributors = contributors;
        this.units = units;
        this.archive = archive;
        this.sourceExecutor = sourceExecutor;
        this.periodExecutor = periodExecutor;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today in the town's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    public UnitDirectory units() {
        return units;
    }

    public ReportContent town(ReportPeriod period) {
        return compose(Kind.TOWN, "town", DataScope.everything(), period);
    }

    public ReportContent department(String id, ReportPeriod period) {
        return compose(Kind.DEPARTMENT, id, new DataScope(false, Set.of(id), Set.of()), period);
    }

    public ReportContent village(String code, ReportPeriod period) {
        return compose(Kind.VILLAGE, code, new DataScope(false, Set.of(), Set.of(code)), period);
    }

    private ReportContent compose(Kind kind, String unit, DataScope scope, ReportPeriod period) {
        long start = System.nanoTime();
        try {
            return composeNow(kind, unit, scope, period);
        } finally {
            if (LOG.isDebugEnabled()) {
                LOG.debug("Report {} {} {} took {} ms", kind, unit, period.key(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private ReportContent composeNow(Kind kind, String unit, DataScope scope, ReportPeriod period) {
        LocalDate today = today();
        UnitDirectory units = this.units.snapshot();
        ReportRequest request = new ReportRequest(period, scope, today);
        List<CompletableFuture<Figures>> earlier = new ArrayList<>();
        ReportPeriod previous = period;
        for (int i = 0; i < settings.trendPeriods(); i++) {
            previous = previous.previous();
            ReportPeriod p = previous;
            earlier.add(CompletableFuture.supplyAsync(() -> figures(p, scope, today), periodExecutor));
        }
        List<ContributedSection> wanted = contributors.get().stream()
                .filter(c -> kind == Kind.TOWN || (kind == Kind.DEPARTMENT && c.department().equals(unit)))
                .toList();
        CompletableFuture<List<DepartmentSection>> sections = CompletableFuture.supplyAsync(
                () -> Sections.collect(wanted, request, sourceExecutor, TIMEOUT_MILLIS), periodExecutor);

        Figures current = figures(period, scope, today);
        ReportUnit self = self(kind, unit);
        List<UnitRow> departments = Rows.rows(current, Kind.DEPARTMENT,
                Rows.codes(current, Kind.DEPARTMENT, kind, unit, units), units);
        List<UnitRow> villages = Rows.rows(current, Kind.VILLAGE, Rows.codes(current, Kind.VILLAGE, kind, unit, units),
                units);
        // the trend first: the streaks then find the earlier periods' figures kept
        List<TrendPoint> trend = new ArrayList<>();
        ReportPeriod p = period;
        for (CompletableFuture<Figures> future : earlier) {
            p = p.previous();
            Figures figures = future.join();
            trend.add(new TrendPoint(p.key(), Rows.values(figures, totalsUnit(figures, self))));
        }
        Collections.reverse(trend);
        trend.add(new TrendPoint(period.key(), Rows.values(current, totalsUnit(current, self))));
        List<LastPlace> lastPlace = new ArrayList<>();
        if (kind == Kind.TOWN) {
            // each archived month read once for both kinds of unit
            Map<String, Optional<Map<Kind, Set<String>>>> archived = new HashMap<>();
            lastPlace.addAll(LastPlaces.of(Kind.DEPARTMENT, departments, period,
                    (past, k) -> lastOf(past, k, units, archived), settings.maxStreak()));
            lastPlace.addAll(LastPlaces.of(Kind.VILLAGE, villages, period,
                    (past, k) -> lastOf(past, k, units, archived), settings.maxStreak()));
        }

        return new ReportContent(kind, unit, Titles.title(name(kind, unit, units), period), period,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), current.definitions(),
                Rows.values(current, totalsUnit(current, self)), departments, villages, lastPlace,
                current.table(CoreFigures.EXPOSURE_TABLE).orElse(null), trend, sections.join());
    }

    /** The figures of a period in a scope: kept ones for periods over, computed otherwise. */
    Figures figures(ReportPeriod period, DataScope scope, LocalDate today) {
        return cache.get(period, scope, today, p -> runner.compute(new ReportRequest(p, scope, today)));
    }

    /** The units of a kind ranked last in the town report of an earlier period: archived for months, else computed. */
    private Set<String> lastOf(ReportPeriod period, Kind kind, UnitDirectory units,
            Map<String, Optional<Map<Kind, Set<String>>>> archivedMonths) {
        if (period.granularity() == ReportPeriod.Granularity.MONTH) {
            var archived = archivedMonths.computeIfAbsent(period.key(), archive::lastPlaces);
            if (archived.isPresent()) {
                return archived.get().getOrDefault(kind, Set.of());
            }
        }
        Figures figures = figures(period, DataScope.everything(), today());
        List<UnitRow> rows = Rows.rows(figures, kind, Rows.codes(figures, kind, Kind.TOWN, "town", units), units);
        return Rows.last(rows);
    }

    private static ReportUnit self(Kind kind, String unit) {
        return kind == Kind.TOWN ? ReportUnit.town() : new ReportUnit(kind, unit);
    }

    /** The unit whose values are a report's totals: its own unit when a source counted it, else the scope's town. */
    private static ReportUnit totalsUnit(Figures figures, ReportUnit self) {
        return figures.values().containsKey(self) ? self : ReportUnit.town();
    }

    private LocalizedText name(Kind kind, String unit, UnitDirectory units) {
        return switch (kind) {
            case TOWN -> settings.townName();
            case DEPARTMENT -> units.departmentName(unit);
            case VILLAGE -> units.villageName(unit);
        };
    }
}
