package org.safegrid.hazards.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.safegrid.hazards.internal.events.Publisher;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds open hazards past their deadline and publishes {@code org/safegrid/hazard/OVERDUE} once per hazard (the
 * hazard's overdue-notified flag, set by a conditional update so that two runs or two nodes never both publish), with
 * an entry in its timeline. Runs shortly after start and then every hour, on its own single-thread executor.
 */
@Component(configurationPid = OverdueJob.PID, immediate = true)
@Designate(ocd = OverdueJob.Config.class)
public class OverdueJob {

    public static final String PID = "org.safegrid.hazards.overdue";
    /** Who the timeline and the events name for the job's entries. */
    public static final String USER = "system";
    /** Hazards marked per query round. */
    static final int BATCH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(OverdueJob.class);

    @ObjectClassDefinition(name = "SafeGrid overdue hazards", description = "How often overdue hazards are looked for")
    public @interface Config {
        @AttributeDefinition(name = "Interval (minutes)", min = "1")
        int intervalMinutes() default 60;

        @AttributeDefinition(name = "First run after start (seconds)", min = "0")
        int initialDelaySeconds() default 30;
    }

    private final OverdueMarks marks;
    private final Publisher publisher;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    @Activate
    public OverdueJob(@Reference HazardStore store, @Reference Publisher publisher, Config config) {
        this(store, publisher, Clock.systemDefaultZone());
        executor.scheduleWithFixedDelay(this::runSafely, Math.max(0, config.initialDelaySeconds()),
                Math.max(1, config.intervalMinutes()) * 60L, TimeUnit.SECONDS);
    }

    /** Without a schedule: tests call {@link #run()}. */
    OverdueJob(HazardStore store, Publisher publisher, Clock clock) {
        this.marks = store.overdueMarks();
        this.publisher = publisher;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "safegrid-hazards-overdue-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The overdue job did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Marks and publishes every hazard found overdue today and not yet published.
     *
     * @return how many hazards this run published
     */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int published = 0;
        while (!Thread.currentThread().isInterrupted()) {
            List<Long> ids = marks.notNotified(today, BATCH);
            int marked = 0;
            for (Long id : ids) {
                Optional<HazardRecord> hazard = marks.mark(id, USER, now, today);
                if (hazard.isPresent()) {
                    publisher.publish(HazardAction.MARK_OVERDUE, hazard.get(), USER);
                    marked++;
                }
            }
            published += marked;
            // a short batch was the last; a batch whose hazards others marked first ends too, rather than loop
            if (ids.size() < BATCH || marked == 0) {
                break;
            }
        }
        return published;
    }

    private void runSafely() {
        try {
            int published = run();
            if (published > 0) {
                LOG.info("{} hazard(s) became overdue", published);
            }
        } catch (RuntimeException e) {
            // a failed run (the database away, say) must not end the schedule
            LOG.warn("Looking for overdue hazards failed; trying again at the next run", e);
        }
    }
}
