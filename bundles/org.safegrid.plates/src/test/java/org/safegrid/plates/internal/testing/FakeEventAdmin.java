package org.safegrid.plates.internal.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Keeps every event posted or sent, in order. */
public final class FakeEventAdmin implements EventAdmin {

    public final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }

    /** The topics in order. */
    public List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }

    /** The last event of a topic. */
    public Event last(String topic) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).getTopic().equals(topic)) {
                return events.get(i);
            }
        }
        throw new AssertionError("no event " + topic + " in " + topics());
    }
}
