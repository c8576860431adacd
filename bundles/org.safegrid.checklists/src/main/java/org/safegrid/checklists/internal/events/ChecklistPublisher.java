package org.safegrid.checklists.internal.events;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.Submission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts {@link ChecklistEvents} (asynchronously) once what they tell has committed. Without an EventAdmin nothing is
 * posted, and a failing one never turns a saved submission into an error.
 */
@Component(service = ChecklistPublisher.class)
public class ChecklistPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ChecklistPublisher.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** For tests: a publisher posting to {@code events} (null for none). */
    public static ChecklistPublisher of(EventAdmin events) {
        ChecklistPublisher publisher = new ChecklistPublisher();
        publisher.events = events;
        return publisher;
    }

    /** @param department the enterprise's first regulating department */
    public void submitted(Submission s, String department, String user) {
        Map<String, Object> p = common(s.enterpriseId(), department, s.templateCode(), s.period());
        p.put(ChecklistEvents.FAILED_ITEMS, s.answers()
                .stream()
                .filter(a -> a.result() == AnswerResult.FAIL)
                .map(a -> a.itemCode())
                .toArray(String[]::new));
        p.put(ChecklistEvents.SUBMISSION_ID, s.id());
        if (user != null) {
            p.put(ChecklistEvents.USER, user);
        }
        post(ChecklistEvents.SUBMITTED, p);
    }

    /** @return false when there is no EventAdmin (now) or it failed: the caller may stop posting */
    public boolean overdue(long enterpriseId, String department, String templateCode, Period period) {
        Map<String, Object> p = common(enterpriseId, department, templateCode, period);
        p.put(ChecklistEvents.PERIOD_END, period.end().toString());
        return post(ChecklistEvents.OVERDUE, p);
    }

    /** Whether an EventAdmin is there to post to. */
    public boolean available() {
        return events != null;
    }

    private static Map<String, Object> common(long enterpriseId, String department, String templateCode,
            Period period) {
        Map<String, Object> p = new HashMap<>();
        p.put(ChecklistEvents.ENTERPRISE_ID, enterpriseId);
        if (department != null) {
            p.put(ChecklistEvents.DEPARTMENT, department);
        }
        p.put(ChecklistEvents.TEMPLATE_CODE, templateCode);
        p.put(ChecklistEvents.CADENCE, period.cadence().name());
        p.put(ChecklistEvents.PERIOD_KEY, period.key());
        return p;
    }

    private boolean post(String topic, Map<String, Object> properties) {
        EventAdmin admin = events;
        if (admin == null) {
            return false;
        }
        try {
            admin.postEvent(new Event(topic, properties));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Could not post {} {}", topic, properties, e);
            return false;
        }
    }
}
