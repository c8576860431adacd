package org.safegrid.dept.culture.internal.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.dept.culture.internal.CultureDepartment;
import org.safegrid.dept.culture.internal.CultureSettings;
import org.safegrid.dept.culture.internal.model.LargeEvent;
import org.safegrid.dept.culture.internal.service.EventSource;
import org.safegrid.dept.culture.internal.service.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link EventChecks} and raises their alerts through the {@link AlertPublisher}: for an event just registered
 * or changed (off the request's thread), and once a day for every event of the coming lead days. The same alert at the
 * same level about the same event is raised at most once a day.
 */
@Component(service = EventWatch.class, immediate = true)
public class EventWatch {

    static final long FIRST_DELAY_MINUTES = 5;
    static final long PERIOD_MINUTES = TimeUnit.DAYS.toMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(EventWatch.class);

    private final EventSource events;
    private final Reminders reminders;
    private final CultureSettings settings;
    private final ScheduledExecutorService executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AlertPublisher publisher;

    @Activate
    public EventWatch(@Reference EventSource events, @Reference Reminders reminders,
            @Reference CultureSettings settings) {
        this.events = events;
        this.reminders = reminders;
        this.settings = settings;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "safegrid-culture-event-watch"));
        executor.scheduleAtFixedRate(this::sweepSafely, FIRST_DELAY_MINUTES, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** Checks an event just saved, soon, off the caller's thread. */
    public void saved(LargeEvent event) {
        try {
            executor.execute(() -> {
                try {
                    check(event);
                } catch (RuntimeException e) {
                    LOG.warn("Checking large event {} failed: {}", event.id(), e.getMessage(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Event watch stopping; event {} is checked by the next sweep", event.id());
        }
    }

    private void sweepSafely() {
        try {
            LOG.debug("Large-event sweep raised {} alert(s)", sweep());
        } catch (RuntimeException e) {
            LOG.warn("Large-event sweep failed: {}", e.getMessage(), e);
        }
    }

    /** Checks every event of the coming lead days now; the number of alerts raised. */
    int sweep() {
        LocalDateTime now = settings.now();
        int raised = 0;
        for (LargeEvent event : events.upcoming(now, now.plusDays(settings.leadDays()))) {
            raised += check(event);
        }
        return raised;
    }

    /** Raises the event's due alerts; the number raised (0 without the inbox's publisher). */
    int check(LargeEvent event) {
        AlertPublisher alerts = publisher;
        if (alerts == null) {
            LOG.debug("No alert publisher: large event {} is checked again by the next sweep", event.id());
            return 0;
        }
        LocalDate today = settings.today();
        int raised = 0;
        for (Alert alert : EventChecks.check(event, settings.now(), settings.leadDays())) {
            String code = alert.code() + "/" + alert.level().name().toLowerCase();
            if (reminders.claim(code, event.id(), today, 1)) {
                alerts.publish(CultureDepartment.ID, event.data().organiserId(), alert);
                raised++;
            }
        }
        return raised;
    }
}
