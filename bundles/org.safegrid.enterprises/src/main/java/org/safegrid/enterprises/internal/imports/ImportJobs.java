package org.safegrid.enterprises.internal.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.internal.events.EnterprisePublisher;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.service.EnterpriseRegistry;
import org.safegrid.sheets.api.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs imports in the background and keeps their state in memory: the last {@value #KEEP} jobs of this node, each for
 * an hour after it finished. A job is shown only to the user who started it.
 */
@Component(service = ImportJobs.class)
public class ImportJobs {

    static final int KEEP = 50;
    static final Duration KEEP_FOR = Duration.ofHours(1);
    /** Imports running at once; more wait in the queue. */
    static final int PARALLEL = 2;
    static final Duration STOP_WAIT = Duration.ofSeconds(5);
    /** Imports running or waiting at once (each holds its file's rows in memory); more are refused with 503. */
    static final int MAX_UNFINISHED = 10;

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportRun.Registry registry;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final ExecutorService executor;

    @Activate
    public ImportJobs(@Reference EnterpriseRegistry registry) {
        this(new ImportRun.Registry() {
            @Override
            public ReferenceData referenceData() {
                return registry.reference().snapshot();
            }

            @Override
            public Set<String> creditCodes() {
                return registry.creditCodes();
            }

            @Override
            public JpaTemplate jpa() {
                return registry.jpa();
            }

            @Override
            public EnterprisePublisher publisher() {
                return registry.publisher();
            }
        });
    }

    ImportJobs(ImportRun.Registry registry) {
        this.registry = registry;
        this.executor = Executors.newFixedThreadPool(PARALLEL, threads());
    }

    /** Lets running imports finish for a few seconds (an atomic one rolls back if cut short), then stops them. */
    @Deactivate
    void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("Imports still running after {}; stopping them", STOP_WAIT);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Starts an import of a file whose header row matched; answers at once with the running job. */
    public JobView start(Table table, ColumnMatch columns, ImportMode mode, boolean dryRun, String fileName,
            DataScope scope, String user, boolean english) {
        ImportJob job = new ImportJob(user, mode, dryRun, fileName, table.rows().size());
        synchronized (jobs) {
            if (jobs.values().stream().filter(j -> j.state() == ImportJob.State.RUNNING).count() >= MAX_UNFINISHED) {
                throw busy(english);
            }
            jobs.put(job.id(), job);
            prune(Instant.now());
        }
        JobView started = job.view(); // as it starts: a small file may be done before this returns
        try {
            executor.execute(new ImportRun(job, table, columns, scope, english, registry));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(job.id());
            }
            throw busy(english);
        }
        return started;
    }

    /** The job, if it exists and {@code user} started it. */
    public Optional<JobView> get(String id, String user) {
        synchronized (jobs) {
            prune(Instant.now());
            ImportJob job = jobs.get(id);
            return job != null && job.user().equals(user) ? Optional.of(job.view()) : Optional.empty();
        }
    }

    /** Drops jobs finished over an hour ago, then the oldest finished ones beyond {@value #KEEP}. */
    private void prune(Instant now) {
        jobs.values().removeIf(j -> j.finishedAt() != null && j.finishedAt().plus(KEEP_FOR).isBefore(now));
        Iterator<ImportJob> oldest = jobs.values().iterator();
        while (jobs.size() > KEEP && oldest.hasNext()) {
            if (oldest.next().finishedAt() != null) {
                oldest.remove();
            }
        }
    }

    private static SafeGridException busy(boolean english) {
        return new SafeGridException(SafeGridException.Kind.UNAVAILABLE, "imports_busy",
                english ? "Too many imports are running; try again shortly" : "正在进行的导入过多，请稍后重试");
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "safegrid-enterprise-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
