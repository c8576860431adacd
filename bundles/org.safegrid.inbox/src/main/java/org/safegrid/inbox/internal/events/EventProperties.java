package org.safegrid.inbox.internal.events;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;

/** Reads OSGi event properties, whatever type a publisher chose for them. */
public final class EventProperties {

    private EventProperties() {
    }

    /** The event's own properties, without the topic EventAdmin adds; taken on the delivering thread. */
    public static Map<String, Object> of(Event event) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            Object value = event.getProperty(name);
            if (value != null && !EventConstants.EVENT_TOPIC.equals(name)) {
                properties.put(name, value);
            }
        }
        return properties;
    }

    /** A positive id given as a number or a string; null when absent or not one. */
    public static Long id(Map<String, Object> properties, String name) {
        Object value = properties.get(name);
        long id = 0;
        if (value instanceof Number n) {
            id = n.longValue();
        } else if (value instanceof String s) {
            try {
                id = Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return id > 0 ? id : null;
    }

    /** A non-blank string; null otherwise. */
    public static String text(Map<String, Object> properties, String name) {
        Object value = properties.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
