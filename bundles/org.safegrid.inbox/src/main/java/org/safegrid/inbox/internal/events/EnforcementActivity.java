package org.safegrid.inbox.internal.events;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.safegrid.enforcement.api.EnforcementEvents;
import org.safegrid.inbox.internal.duty.DutyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An inspector's enforcement work of the day is recorded by the work itself: every inspection and every enforcement
 * step ({@code org/safegrid/enforcement/*}) records an {@code ENFORCEMENT_DAY} entry for the event's {@code user},
 * filed under the enterprise's department and village, unless that user already has one today.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + EnforcementEvents.ALL)
public class EnforcementActivity implements EventHandler {

    /** The user scheduled jobs act as; not a person with duties. */
    static final String SYSTEM_USER = "system";

    private static final Logger LOG = LoggerFactory.getLogger(EnforcementActivity.class);

    private final EventWork work;
    private final DutyService duties;

    @Activate
    public EnforcementActivity(@Reference EventWork work, @Reference DutyService duties) {
        this.work = work;
        this.duties = duties;
    }

    @Override
    public void handleEvent(Event event) {
        Map<String, Object> properties = EventProperties.of(event);
        String user = EventProperties.text(properties, EnforcementEvents.USER);
        if (user == null || SYSTEM_USER.equals(user)) {
            return;
        }
        String topic = event.getTopic();
        work.submit(topic, () -> record(topic, user, properties));
    }

    void record(String topic, String user, Map<String, Object> properties) {
        duties.recordEnforcementDay(user, topic, EventProperties.text(properties, EnforcementEvents.DEPARTMENT),
                EventProperties.text(properties, EnforcementEvents.VILLAGE))
                .ifPresent(entry -> LOG.debug("{} recorded the enforcement day {} of {}", topic, entry.periodKey(),
                        user));
    }
}
