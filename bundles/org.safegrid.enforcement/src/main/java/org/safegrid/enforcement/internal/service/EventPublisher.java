package org.safegrid.enforcement.internal.service;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.EnforcementEvents;
import org.safegrid.enforcement.api.Inspection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the events of {@link EnforcementEvents} after each change has committed (asynchronously: a slow handler never
 * holds up a request). Properties are never null; an absent one is left out.
 */
@Component(service = EventPublisher.class)
public class EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final EventAdmin events;

    @Activate
    public EventPublisher(@Reference EventAdmin events) {
        this.events = events;
    }

    public void inspectionRecorded(Inspection inspection, String user) {
        Map<String, Object> p = new HashMap<>();
        p.put(EnforcementEvents.INSPECTION_ID, inspection.id());
        p.put(EnforcementEvents.ENTERPRISE_ID, inspection.enterpriseId());
        put(p, EnforcementEvents.DEPARTMENT, inspection.department());
        put(p, EnforcementEvents.VILLAGE, inspection.village());
        put(p, EnforcementEvents.USER, user);
        p.put(EnforcementEvents.KIND, inspection.kind().name());
        post(EnforcementEvents.INSPECTION_RECORDED, p);
    }

    /** An event about a case; {@code extra} adds the topic's own properties. */
    public void caseChanged(String topic, EnforcementCase c, String user, Map<String, Object> extra) {
        post(topic, caseProperties(c, user, extra));
    }

    static Map<String, Object> caseProperties(EnforcementCase c, String user, Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>();
        p.put(EnforcementEvents.CASE_ID, c.id());
        if (c.inspectionId() != null) {
            p.put(EnforcementEvents.INSPECTION_ID, c.inspectionId());
        }
        p.put(EnforcementEvents.ENTERPRISE_ID, c.enterpriseId());
        put(p, EnforcementEvents.DEPARTMENT, c.department());
        put(p, EnforcementEvents.VILLAGE, c.village());
        put(p, EnforcementEvents.USER, user);
        p.put(EnforcementEvents.STATE, c.state().name());
        put(p, EnforcementEvents.VIOLATION_KIND, c.violationKind());
        p.put(EnforcementEvents.AGGRAVATED, c.aggravated());
        extra.forEach((k, v) -> put(p, k, v));
        return p;
    }

    private void post(String topic, Map<String, Object> properties) {
        try {
            events.postEvent(new Event(topic, properties));
        } catch (RuntimeException e) {
            // the change is committed; a failing event admin must not turn it into an error
            LOG.warn("Could not post {} {}", topic, properties, e);
        }
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
