package org.safegrid.enterprises.internal.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.enterprises.api.EnterpriseEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts {@link EnterpriseEvents} (asynchronously) once a change has committed: by hand or by an import, one event per
 * enterprise. Without an EventAdmin nothing is posted, and a failing one never turns a saved change into an error.
 */
@Component(service = EnterprisePublisher.class)
public class EnterprisePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EnterprisePublisher.class);

    /** An enterprise as its event names it. */
    public record Changed(long enterpriseId, String department) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For tests: a publisher posting to {@code events} (null for none). */
    public static EnterprisePublisher of(EventAdmin events) {
        EnterprisePublisher publisher = new EnterprisePublisher();
        publisher.events = events;
        return publisher;
    }

    public void created(List<Changed> enterprises, String user) {
        post(EnterpriseEvents.CREATED, enterprises, user);
    }

    public void updated(List<Changed> enterprises, String user) {
        post(EnterpriseEvents.UPDATED, enterprises, user);
    }

    private void post(String topic, List<Changed> enterprises, String user) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        for (Changed e : enterprises) {
            Map<String, Object> p = new HashMap<>();
            p.put(EnterpriseEvents.ENTERPRISE_ID, e.enterpriseId());
            if (e.department() != null) {
                p.put(EnterpriseEvents.DEPARTMENT, e.department());
            }
            if (user != null) {
                p.put(EnterpriseEvents.USER, user);
            }
            try {
                admin.postEvent(new Event(topic, p));
            } catch (RuntimeException ex) {
                LOG.warn("Could not post {} for enterprise {}", topic, e.enterpriseId(), ex);
                return; // the event admin is going away: the rest would fail alike
            }
        }
    }
}
