package org.safegrid.reports.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.safegrid.api.module.Department;
import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.reports.internal.archive.ArchiveStore;
import org.safegrid.reports.internal.compose.ContributedSection;
import org.safegrid.reports.internal.compose.FigureCache;
import org.safegrid.reports.internal.compose.FigureRunner;
import org.safegrid.reports.internal.compose.ReportEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports component: binds every figure source, section contributor and department as they come and go, owns the
 * executors the reports are computed on, and runs the monthly archive job.
 */
@Component(service = ReportService.class, configurationPid = ReportsConfig.PID)
@Designate(ocd = ReportsConfig.class)
public class ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private static final long ARCHIVE_CHECK_MINUTES = 15;

    private final List<ReportFigureSource> sources = new CopyOnWriteArrayList<>();
    private final List<ContributedSection> contributors = new CopyOnWriteArrayList<>();
    private final List<Department> departments = new CopyOnWriteArrayList<>();
    private final EnterpriseService enterprises;
    private final ArchiveStore archive;
    private volatile Clock clock = Clock.systemUTC();
    private volatile FigureCache cache = new FigureCache(clock);
    private volatile ReportsConfig config;
    private final ExecutorService sourceExecutor;
    private final ExecutorService periodExecutor;
    private final ScheduledExecutorService scheduler;
    private volatile Settings settings;
    private volatile ReportEngine engine;
    private volatile MonthlyArchiver archiver;

    @Activate
    public ReportService(@Reference EnterpriseService enterprises, @Reference ArchiveStore archive,
            ReportsConfig config) {
        this.enterprises = enterprises;
        this.archive = archive;
        this.sourceExecutor = Executors.newFixedThreadPool(4, Threads.named("safegrid-reports-source"));
        this.periodExecutor = Executors.newFixedThreadPool(3, Threads.named("safegrid-reports-period"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Threads.named("safegrid-reports-archive"));
        configure(config);
        scheduler.scheduleWithFixedDelay(this::archiveDue, settings.catchUpDelayMinutes() * 60L,
                ARCHIVE_CHECK_MINUTES * 60L, TimeUnit.SECONDS);
    }

    @Modified
    void configure(ReportsConfig config) {
        this.config = config;
        Settings s = Settings.of(config);
        this.settings = s;
        this.engine = new ReportEngine(new FigureRunner(() -> List.copyOf(sources), sourceExecutor,
                ReportEngine.TIMEOUT_MILLIS), cache, () -> List.copyOf(contributors),
                new LiveUnits(() -> List.copyOf(departments), enterprises), archive, sourceExecutor, periodExecutor,
                s, clock);
        this.archiver = new MonthlyArchiver(engine, archive, s, clock);
        cache.clear();
    }

    /** For tests: reports as if the time were the clock's. */
    void useClock(Clock testClock) {
        this.clock = testClock;
        this.cache = new FigureCache(testClock);
        configure(config);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
        periodExecutor.shutdownNow();
        sourceExecutor.shutdownNow();
    }

    /** The engine under the current configuration. */
    public ReportEngine engine() {
        return engine;
    }

    public Settings settings() {
        return settings;
    }

    public MonthlyArchiver archiver() {
        return archiver;
    }

    private void archiveDue() {
        try {
            archiver.archiveDue();
        } catch (RuntimeException e) {
            LOG.error("The monthly report archive failed; it is tried again in {} minutes", ARCHIVE_CHECK_MINUTES, e);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addSource(ReportFigureSource source) {
        sources.add(source);
        cache.clear();
    }

    void removeSource(ReportFigureSource source) {
        sources.remove(source);
        cache.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(ReportSectionContributor contributor, Map<String, Object> properties) {
        Object department = properties.get(ReportSectionContributor.DEPARTMENT_PROPERTY);
        if (!(department instanceof String id) || id.isBlank()) {
            LOG.warn("Report section {} has no {} property; left out", contributor,
                    ReportSectionContributor.DEPARTMENT_PROPERTY);
            return;
        }
        contributors.add(new ContributedSection(id, contributor));
    }

    void removeContributor(ReportSectionContributor contributor) {
        contributors.removeIf(c -> c.contributor() == contributor);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDepartment(Department department) {
        departments.add(department);
    }

    void removeDepartment(Department department) {
        departments.remove(department);
    }
}
