package org.safegrid.core.internal.rest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseBroadcaster;
import javax.ws.rs.sse.SseEventSink;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.module.ModuleEvents;

/**
 * {@code GET /api/events}: public server-sent events. Each module coming or going is sent as event {@code modules}
 * with data {@code {"change":"added"|"removed","module":"<id>"}}; the web shell then reloads its menu. A comment is
 * sent every 15 seconds to keep proxies from closing the stream.
 */
@Component(service = {EventsResource.class, EventHandler.class}, property = EventConstants.EVENT_TOPIC + "="
        + ModuleEvents.ALL)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + ApiApplication.NAME + ")")
@Path("events")
public class EventsResource implements EventHandler {

    private final ScheduledExecutorService keepAlive = Executors
            .newSingleThreadScheduledExecutor(r -> new Thread(r, "safegrid-sse-keepalive"));
    private volatile Sse sse;
    private volatile SseBroadcaster broadcaster;

    public EventsResource() {
        keepAlive.scheduleAtFixedRate(this::ping, 15, 15, TimeUnit.SECONDS);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void subscribe(@Context SseEventSink sink, @Context Sse context) {
        broadcaster(context).register(sink);
        sink.send(context.newEventBuilder().comment("connected").build());
    }

    @Override
    public void handleEvent(Event event) {
        SseBroadcaster target = broadcaster;
        if (target == null) {
            return;
        }
        String change = ModuleEvents.ADDED.equals(event.getTopic()) ? "added" : "removed";
        String module = String.valueOf(event.getProperty(ModuleEvents.MODULE));
        OutboundSseEvent message = sse.newEventBuilder().name("modules").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, "{\"change\":\"" + change + "\",\"module\":\"" + module + "\"}").build();
        target.broadcast(message);
    }

    private synchronized SseBroadcaster broadcaster(Sse context) {
        if (broadcaster == null) {
            sse = context;
            broadcaster = context.newBroadcaster();
        }
        return broadcaster;
    }

    private void ping() {
        SseBroadcaster target = broadcaster;
        if (target != null) {
            target.broadcast(sse.newEventBuilder().comment("keep-alive").build());
        }
    }

    @Deactivate
    void deactivate() {
        keepAlive.shutdownNow();
        SseBroadcaster target = broadcaster;
        if (target != null) {
            target.close();
        }
    }
}
