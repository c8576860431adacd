package org.safegrid.dept.agriculture.internal.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.dept.agriculture.internal.AgricultureDepartment;
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.FloodSeasonRule;
import org.safegrid.dept.agriculture.internal.model.ReservoirFact;
import org.safegrid.dept.agriculture.internal.service.ReservoirFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily flood-season check: every reservoir or pond past its inspection's due day (see {@link FloodSeasonRule})
 * raises one alert per overdue spell, to the centre and the village, through the inbox's {@link AlertPublisher}. It
 * runs a minute after start and then every day at the configured time; while no publisher is there it waits, and a
 * reservoir it could not alert is alerted on the next run.
 */
@Component(service = ReservoirWatch.class)
public class ReservoirWatch {

    static final String CODE = "reservoir-inspection-overdue";
    private static final Logger LOG = LoggerFactory.getLogger(ReservoirWatch.class);

    private final ReservoirFacts facts;
    private final AgricultureSettings settings;
    private final ScheduledExecutorService executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AlertPublisher publisher;

    @Activate
    public ReservoirWatch(@Reference ReservoirFacts facts, @Reference AgricultureSettings settings) {
        this(facts, settings, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "safegrid-agriculture-reservoir-watch");
            thread.setDaemon(true);
            return thread;
        }));
        executor.schedule(this::runSafely, 1, TimeUnit.MINUTES);
        scheduleNext();
    }

    ReservoirWatch(ReservoirFacts facts, AgricultureSettings settings, ScheduledExecutorService executor) {
        this.facts = facts;
        this.settings = settings;
        this.executor = executor;
    }

    /** For tests: a watch that only runs when told, publishing to {@code publisher}. */
    static ReservoirWatch manual(ReservoirFacts facts, AgricultureSettings settings, AlertPublisher publisher) {
        ReservoirWatch watch = new ReservoirWatch(facts, settings, null);
        watch.publisher = publisher;
        return watch;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(settings.clock());
        ZonedDateTime next = now.with(settings.checkTime());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        long delay = Duration.between(now, next).toMillis();
        executor.schedule(() -> {
            runSafely();
            scheduleNext();
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            int raised = check(settings.today());
            LOG.info("Flood-season check: {} reservoir alert(s) raised", raised);
        } catch (RuntimeException e) {
            LOG.warn("Flood-season check failed; it runs again at the next check time", e);
        }
    }

    /** Checks every reservoir on {@code today}; returns how many alerts it raised. */
    int check(LocalDate today) {
        FloodSeasonRule rule = settings.floodRule();
        if (!rule.season().contains(today)) {
            return 0;
        }
        AlertPublisher target = publisher;
        if (target == null) {
            LOG.info("No alert publisher (is the inbox installed?); the flood-season check waits for it");
            return 0;
        }
        int raised = 0;
        for (ReservoirFact reservoir : facts.reservoirs(null, today)) {
            Optional<LocalDate> due = rule.dueOn(reservoir.lastInspectedOn(), today);
            if (due.isEmpty() || !today.isAfter(due.get()) || due.get().equals(reservoir.alertedFor())) {
                continue;
            }
            target.publish(AgricultureDepartment.ID, null, alert(reservoir, due.get(), rule));
            facts.alerted(reservoir.id(), due.get());
            raised++;
        }
        return raised;
    }

    static Alert alert(ReservoirFact r, LocalDate due, FloodSeasonRule rule) {
        String last = r.lastInspectedOn() == null ? "无" : r.lastInspectedOn().toString();
        String lastEn = r.lastInspectedOn() == null ? "none" : r.lastInspectedOn().toString();
        return new Alert(CODE, Alert.Level.WARNING,
                LocalizedText.of("水库汛期检查逾期", "Reservoir flood-season inspection overdue"),
                LocalizedText.of(r.name() + "（" + r.code() + "）汛期检查已逾期：应于 " + due + " 前检查，最近一次检查 " + last
                        + "。汛期每 " + rule.intervalDays() + " 天至少检查一次，请立即安排。",
                        r.name() + " (" + r.code() + ") is overdue for its flood-season inspection: due by " + due
                                + ", last inspected " + lastEn + ". In the flood season each reservoir is inspected"
                                + " at least every " + rule.intervalDays() + " days."),
                Roles.departmentAndVillage(r.village()), "#/m/agriculture/reservoirs?id=" + r.id());
    }
}
