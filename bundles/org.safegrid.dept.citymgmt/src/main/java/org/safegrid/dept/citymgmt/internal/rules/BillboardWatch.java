package org.safegrid.dept.citymgmt.internal.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
import org.safegrid.dept.citymgmt.internal.CityDepartment;
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.model.BillboardFact;
import org.safegrid.dept.citymgmt.internal.service.BillboardFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily billboard check: a billboard whose last structural check (or, without one, its installation) is more than
 * {@code structuralCheckIntervalDays} ago raises one alert per overdue spell, to the brigade and the village, through
 * the inbox's {@link AlertPublisher}. It runs a minute after start and every day at the configured time.
 */
@Component(service = BillboardWatch.class)
public class BillboardWatch {

    static final String CODE = "billboard-check-overdue";
    private static final Logger LOG = LoggerFactory.getLogger(BillboardWatch.class);

    private final BillboardFacts facts;
    private final CitySettings settings;
    private final ScheduledExecutorService executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AlertPublisher publisher;

    @Activate
    public BillboardWatch(@Reference BillboardFacts facts, @Reference CitySettings settings) {
        this(facts, settings, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "safegrid-citymgmt-billboard-watch");
            thread.setDaemon(true);
            return thread;
        }));
        executor.schedule(this::runSafely, 1, TimeUnit.MINUTES);
        scheduleNext();
    }

    BillboardWatch(BillboardFacts facts, CitySettings settings, ScheduledExecutorService executor) {
        this.facts = facts;
        this.settings = settings;
        this.executor = executor;
    }

    /** For tests: a watch that only runs when told, publishing to {@code publisher}. */
    static BillboardWatch manual(BillboardFacts facts, CitySettings settings, AlertPublisher publisher) {
        BillboardWatch watch = new BillboardWatch(facts, settings, null);
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
        executor.schedule(() -> {
            runSafely();
            scheduleNext();
        }, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            LOG.info("Billboard check: {} alert(s) raised", check(settings.today()));
        } catch (RuntimeException e) {
            LOG.warn("Billboard check failed; it runs again at the next check time", e);
        }
    }

    /** Checks every billboard on {@code today}; returns how many alerts it raised. */
    int check(LocalDate today) {
        AlertPublisher target = publisher;
        if (target == null) {
            LOG.info("No alert publisher (is the inbox installed?); the billboard check waits for it");
            return 0;
        }
        int raised = 0;
        for (BillboardFact billboard : facts.billboards(null, today)) {
            LocalDate due = settings.structuralCheckDue(billboard.lastCheckedOn(), billboard.installedOn());
            if (!today.isAfter(due) || due.equals(billboard.alertedFor())) {
                continue;
            }
            target.publish(CityDepartment.ID, null, alert(billboard, due));
            facts.alerted(billboard.id(), due);
            raised++;
        }
        return raised;
    }

    static Alert alert(BillboardFact b, LocalDate due) {
        String last = b.lastCheckedOn() == null ? "无" : b.lastCheckedOn().toString();
        String lastEn = b.lastCheckedOn() == null ? "none" : b.lastCheckedOn().toString();
        return new Alert(CODE, Alert.Level.WARNING,
                LocalizedText.of("户外广告设施结构检测逾期", "Billboard structural check overdue"),
                LocalizedText.of("户外广告 " + b.code() + "（" + b.location() + "）的结构安全检测已逾期：应于 " + due
                        + " 前检测，最近一次检测 " + last + "。请督促设置单位检测。",
                        "Billboard " + b.code() + " (" + b.location() + ") is overdue for its structural check: due by "
                                + due + ", last checked " + lastEn + ". Have its owner check it."),
                Roles.departmentAndVillage(b.village()), "#/m/citymgmt/billboards?id=" + b.id());
    }
}
