package org.safegrid.hazards.internal.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.hazards.api.HazardEvents;

/** Keeps the events posted, in order; sending synchronously is not something the hazards do. */
public final class FakeEventAdmin implements EventAdmin {

    public final List<Event> posted = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        throw new AssertionError("hazard events are posted, never sent: " + event.getTopic());
    }

    /** The topics posted, in order. */
    public List<String> topics() {
        return posted.stream().map(Event::getTopic).toList();
    }

    /** The topics posted for one hazard, in order. */
    public List<String> topics(long hazardId) {
        return posted.stream()
                .filter(e -> Long.valueOf(hazardId).equals(e.getProperty(HazardEvents.HAZARD_ID)))
                .map(Event::getTopic)
                .toList();
    }

    public Event last() {
        return posted.get(posted.size() - 1);
    }

    public void clear() {
        posted.clear();
    }
}
