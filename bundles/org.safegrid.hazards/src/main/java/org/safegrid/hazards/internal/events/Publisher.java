package org.safegrid.hazards.internal.events;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardEvents;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes hazard changes through EventAdmin, asynchronously ({@code postEvent}) and only after the change is
 * committed. Every event carries the properties {@link HazardEvents} documents ({@code hazardId},
 * {@code enterpriseId}, {@code department}, {@code level}, {@code state}, {@code user}) plus {@code village},
 * {@code secondDepartment} (when there is one) and {@code deadline} (ISO date, when there is one).
 */
@Component(service = Publisher.class)
public class Publisher {

    /** Extra event properties beyond those of {@link HazardEvents}. */
    public static final String VILLAGE = "village";
    public static final String SECOND_DEPARTMENT = "secondDepartment";
    public static final String DEADLINE = "deadline";

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final EventAdmin events;

    @Activate
    public Publisher(@Reference EventAdmin events) {
        this.events = events;
    }

    /** Publishes what happened to a hazard; an action without a topic publishes nothing. */
    public void publish(HazardAction action, HazardRecord record, String user) {
        if (action.topic() == null) {
            return;
        }
        Event event = event(action.topic(), record, user);
        try {
            events.postEvent(event);
        } catch (RuntimeException e) {
            // the change is stored; a failing event service must not turn it into an error for the user
            LOG.warn("Could not publish {} for hazard {}", action.topic(), record.hazard().id(), e);
        }
    }

    static Event event(String topic, HazardRecord record, String user) {
        Hazard h = record.hazard();
        Map<String, Object> properties = new HashMap<>();
        properties.put(HazardEvents.HAZARD_ID, h.id());
        properties.put(HazardEvents.ENTERPRISE_ID, h.enterpriseId());
        properties.put(HazardEvents.DEPARTMENT, h.department());
        properties.put(HazardEvents.LEVEL, h.level().name());
        properties.put(HazardEvents.STATE, h.state().name());
        properties.put(HazardEvents.USER, user);
        properties.put(VILLAGE, h.village());
        if (record.secondDepartment() != null) {
            properties.put(SECOND_DEPARTMENT, record.secondDepartment());
        }
        if (h.deadline() != null) {
            properties.put(DEADLINE, h.deadline().toString());
        }
        return new Event(topic, properties);
    }
}
