package org.safegrid.api.supervision;

import java.util.Map;

import org.safegrid.api.plate.EnterpriseProfile;

/**
 * An event as a rule sees it.
 *
 * @param topic the OSGi event topic
 * @param properties the event's properties (ids, state, user, …)
 * @param enterprise the enterprise it is about, as the registry has it now
 */
public record SupervisionEvent(String topic, Map<String, Object> properties, EnterpriseProfile enterprise) {

    public SupervisionEvent {
        properties = Map.copyOf(properties);
    }
}
