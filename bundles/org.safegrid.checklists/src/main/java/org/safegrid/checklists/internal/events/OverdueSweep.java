package org.safegrid.checklists.internal.events;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Obligations;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.persistence.ChecklistsUnit;
import org.safegrid.checklists.internal.report.Arrivals;
import org.safegrid.checklists.internal.templates.TemplateStore;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily overdue sweep: shortly after start for yesterday, then a few minutes after each midnight in the town's
 * time zone, one {@code OVERDUE} event per operating enterprise and applicable active template whose period ended
 * yesterday without a submission. A day is claimed in {@code SG_CHK_SWEEP} before its events go out, so no day is
 * posted twice across restarts or nodes; a day missed while SafeGrid was down is not swept later (only yesterday is).
 */
@Component(service = OverdueSweep.class, immediate = true)
public class OverdueSweep {

    static final Duration FIRST_RUN = Duration.ofSeconds(30);
    static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(5);
    static final Duration RETRY = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(OverdueSweep.class);

    private final EnterpriseService enterprises;
    private final TemplateStore templates;
    private final WorkCalendar calendar;
    private final ChecklistPublisher publisher;
    private final JpaTemplate jpa;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    @Activate
    public OverdueSweep(@Reference EnterpriseService enterprises, @Reference TemplateStore templates,
            @Reference WorkCalendar calendar, @Reference ChecklistPublisher publisher,
            @Reference(target = ChecklistsUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = ChecklistsUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(enterprises, templates, calendar, publisher, jpa, Clock.systemDefaultZone(),
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "safegrid-checklists-overdue-sweep");
                    t.setDaemon(true);
                    return t;
                }));
        executor.schedule(this::run, FIRST_RUN.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @param executor runs the sweeps; null for none (tests call {@link #sweep}) */
    private OverdueSweep(EnterpriseService enterprises, TemplateStore templates, WorkCalendar calendar,
            ChecklistPublisher publisher, JpaTemplate jpa, Clock clock, ScheduledExecutorService executor) {
        this.enterprises = enterprises;
        this.templates = templates;
        this.calendar = calendar;
        this.publisher = publisher;
        this.jpa = jpa;
        this.clock = clock;
        this.executor = executor;
    }

    /** For tests: a sweep that schedules nothing; call {@link #sweep}. */
    public static OverdueSweep of(EnterpriseService enterprises, TemplateStore templates, WorkCalendar calendar,
            ChecklistPublisher publisher, JpaTemplate jpa, Clock clock) {
        return new OverdueSweep(enterprises, templates, calendar, publisher, jpa, clock, null);
    }

    @Deactivate
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void run() {
        Duration next;
        try {
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            if (publisher.available()) {
                sweep(yesterday);
                next = untilAfterMidnight();
            } else {
                LOG.debug("No EventAdmin yet; the overdue sweep of {} waits", yesterday);
                next = RETRY.compareTo(untilAfterMidnight()) < 0 ? RETRY : untilAfterMidnight();
            }
        } catch (RuntimeException e) {
            LOG.error(
                    "The overdue sweep failed; it runs again after midnight, and a start before then sweeps the day again",
                    e);
            next = untilAfterMidnight();
        }
        try {
            executor.schedule(this::run, next.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("The overdue sweep is stopping");
        }
    }

    private Duration untilAfterMidnight() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.toLocalDate().plusDays(1).atStartOfDay(clock.getZone()).plus(AFTER_MIDNIGHT);
        return Duration.between(now, next);
    }

    /**
     * Posts the day's overdue events unless the day was swept already (here or on another node); without an
     * EventAdmin it does nothing and leaves the day unswept.
     *
     * @return how many events were posted
     */
    public int sweep(LocalDate day) {
        List<Period> ended = new ArrayList<>();
        for (Cadence cadence : Cadence.values()) {
            Period period = Periods.of(cadence, day);
            if (period.end().equals(day)) {
                ended.add(period);
            }
        }
        if (!publisher.available()) {
            LOG.debug("No EventAdmin: the overdue sweep of {} is left for later", day);
            return 0;
        }
        List<TemplateHead> active = templates.heads()
                .stream()
                .filter(t -> t.active() && ended.stream().anyMatch(p -> p.cadence() == t.cadence()))
                .toList();
        if (active.isEmpty()) {
            return 0;
        }
        List<EnterpriseProfile> profiles = enterprises.profiles(new EnterpriseQuery(null, null, null, null, null,
                EnterpriseStatus.OPERATING, Set.of(), null, 0, EnterpriseQuery.MAX_SIZE, null),
                DataScope.everything());
        Map<Long, LocalDate> arrived = Arrivals.since(enterprises, day.plusDays(1), DataScope.everything(),
                clock.getZone());
        Set<String> submitted = submitted(day);
        // claimed only once everything is read: a failed read leaves the day to be swept again
        if (!claim(day)) {
            LOG.debug("The overdue sweep of {} ran already", day);
            return 0;
        }
        int posted = 0;
        for (EnterpriseProfile p : profiles) {
            if (arrived.containsKey(p.id())) {
                continue; // registered after the day: owed nothing for it
            }
            for (TemplateHead t : active) {
                Period period = ended.stream().filter(x -> x.cadence() == t.cadence()).findFirst().orElseThrow();
                if (!t.appliesTo(p.sector(), p.flags()) || !Obligations.owed(period, calendar, owedFrom(t))
                        || submitted.contains(p.id() + "|" + t.code())) {
                    continue;
                }
                if (!publisher.overdue(p.id(), p.department(), t.code(), period)) {
                    LOG.warn("The overdue sweep of {} stopped after {} events: the EventAdmin is gone", day, posted);
                    return posted;
                }
                posted++;
            }
        }
        LOG.info("Overdue sweep of {}: {} self-inspections not submitted", day, posted);
        return posted;
    }

    private LocalDate owedFrom(TemplateHead template) {
        return template.firstCreatedAt() == null
                ? null
                : template.firstCreatedAt().atZone(clock.getZone()).toLocalDate();
    }

    /** Marks the day swept; false when it (or a later day) was swept already. */
    private boolean claim(LocalDate day) {
        return jpa.txExpr(Required, em -> em
                .createNativeQuery("UPDATE SG_CHK_SWEEP SET LAST_DAY = ? WHERE ID = 1 AND LAST_DAY < ?")
                .setParameter(1, day)
                .setParameter(2, day)
                .executeUpdate()) == 1;
    }

    /** {@code enterpriseId|templateCode} of every submission for a period that ended on the day: one query. */
    private Set<String> submitted(LocalDate day) {
        return jpa.txExpr(Supports, em -> {
            Set<String> keys = new HashSet<>();
            for (Object[] row : em.createQuery("SELECT s.enterpriseId, s.templateCode FROM ChkSubmission s"
                    + " WHERE s.periodEnd = :day", Object[].class).setParameter("day", day).getResultList()) {
                keys.add(row[0] + "|" + row[1]);
            }
            return keys;
        });
    }
}
