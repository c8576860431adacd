package org.safegrid.plates.internal.events;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.PlateEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts {@link PlateEvents#UPDATED} (asynchronously) once a plate change has committed. Without an EventAdmin nothing
 * is posted, and a failing one never turns a saved change into an error.
 */
@Component(service = PlatePublisher.class)
public class PlatePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PlatePublisher.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For tests: a publisher posting to {@code events} (null for none). */
    public static PlatePublisher of(EventAdmin events) {
        PlatePublisher publisher = new PlatePublisher();
        publisher.events = events;
        return publisher;
    }

    /** The plate as it is after the change. */
    public void updated(Plate plate, String user) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        Map<String, Object> p = new HashMap<>();
        p.put(PlateEvents.ENTERPRISE_ID, plate.enterpriseId());
        p.put(PlateEvents.COMPLETE, plate.complete());
        p.put(PlateEvents.MISSING_ROLES, plate.missing().toArray(String[]::new));
        if (user != null) {
            p.put(PlateEvents.USER, user);
        }
        try {
            admin.postEvent(new Event(PlateEvents.UPDATED, p));
        } catch (RuntimeException e) {
            LOG.warn("Could not post {} for enterprise {}", PlateEvents.UPDATED, plate.enterpriseId(), e);
        }
    }
}
