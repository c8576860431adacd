package org.safegrid.core.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.safegrid.api.module.ModuleEvents;

/**
 * {@code GET /api/events}: public server-sent events. Each department coming or going is sent as event
 * {@code modules} with data {@code {"change":"added"|"removed","module":"<id>"}}; the web shell then reloads its
 * menu. A comment every 15 seconds keeps proxies from closing the stream.
 *
 * <p>
 * A plain servlet in the REST application's HTTP context rather than a JAX-RS resource: a department's arrival or
 * departure re-creates the application's CXF server, which silently cut JAX-RS event streams exactly when their event
 * was due.
 */
@Component(service = {Servlet.class, EventHandler.class}, property = EventConstants.EVENT_TOPIC + "="
        + ModuleEvents.ALL)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.forsafegrid.api)")
@HttpWhiteboardServletPattern("/events")
@HttpWhiteboardServletName("safegrid-events")
@HttpWhiteboardServletAsyncSupported
public class EventsServlet extends HttpServlet implements EventHandler {

    private static final long serialVersionUID = 1L;

    private final transient Set<AsyncContext> streams = ConcurrentHashMap.newKeySet();
    private final transient ScheduledExecutorService keepAlive = Executors
            .newSingleThreadScheduledExecutor(r -> new Thread(r, "safegrid-events-keepalive"));

    public EventsServlet() {
        keepAlive.scheduleAtFixedRate(() -> send(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/event-stream;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext stream = request.startAsync();
        stream.setTimeout(0);
        stream.addListener(new Forget(stream));
        streams.add(stream);
        write(stream, ": connected\n\n");
    }

    @Override
    public void handleEvent(Event event) {
        String change = ModuleEvents.ADDED.equals(event.getTopic()) ? "added" : "removed";
        String module = String.valueOf(event.getProperty(ModuleEvents.MODULE));
        send("event: modules\ndata: {\"change\":\"" + change + "\",\"module\":\"" + module + "\"}\n\n");
    }

    private void send(String message) {
        streams.forEach(stream -> write(stream, message));
    }

    private void write(AsyncContext stream, String message) {
        synchronized (stream) {
            try {
                stream.getResponse().getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
                stream.getResponse().flushBuffer();
            } catch (IOException | IllegalStateException gone) {
                streams.remove(stream);
                complete(stream);
            }
        }
    }

    private static void complete(AsyncContext stream) {
        try {
            stream.complete();
        } catch (IllegalStateException alreadyDone) {
            // the container finished it first
        }
    }

    @Deactivate
    void deactivate() {
        keepAlive.shutdownNow();
        streams.forEach(EventsServlet::complete);
        streams.clear();
    }

    /** Drops a stream the client closed or the container ended. */
    private final class Forget implements AsyncListener {
        private final AsyncContext stream;

        Forget(AsyncContext stream) {
            this.stream = stream;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            streams.remove(stream);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            streams.remove(stream);
        }

        @Override
        public void onError(AsyncEvent event) {
            streams.remove(stream);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // nothing
        }
    }
}
