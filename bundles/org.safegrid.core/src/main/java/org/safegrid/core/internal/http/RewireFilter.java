package org.safegrid.core.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps requests to {@code /api} from failing while a department comes, goes or is upgraded. The JAX-RS whiteboard
 * then re-creates the application's CXF server, and for a few milliseconds a request finds no server and would get
 * CXF's HTML "No service was found." 404, or meet a destination whose observer is already gone (an exception out of
 * the CXF servlet). This filter holds such a request and tries again (every 25 ms, for up to 5 s); if the server is
 * still not there it answers a JSON 503 with Retry-After. Only a request of which nothing reached the client is
 * tried again: JAX-RS failures never get here, the application maps them all. The event stream is passed through.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.forsafegrid.api)")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterAsyncSupported
public class RewireFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(RewireFilter.class);

    static final long PAUSE_MS = 25;
    static final long PATIENCE_MS = 5000;
    private static final byte[] UNAVAILABLE = ("{\"code\":\"unavailable\",\"message\":"
            + "\"The service is being updated; try again in a moment\",\"details\":{}}")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        if (isEventStream(http.getContextPath(), http.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (true) {
            RewireResponse attempt = new RewireResponse(out);
            try {
                chain.doFilter(request, attempt);
            } catch (IOException | ServletException | RuntimeException e) {
                if (attempt.passedThrough() || out.isCommitted()) {
                    throw e;
                }
                LOG.debug("API being re-created; {} {} held: {}", http.getMethod(), http.getRequestURI(), e.toString());
                if (giveUp(out, deadline)) {
                    return;
                }
                continue;
            }
            attempt.finish();
            if (!attempt.noService() || giveUp(out, deadline)) {
                return;
            }
        }
    }

    /**
     * The platform's event stream, {@code /api/events}, which is long-lived and passed through. Only that path: a
     * department's own {@code /api/dept/culture/events} is an ordinary request.
     */
    static boolean isEventStream(String contextPath, String requestUri) {
        return requestUri != null && requestUri.equals((contextPath == null ? "" : contextPath) + "/events");
    }

    /** After the deadline, answers 503 in JSON and says so; before it, pauses and says to try again. */
    private static boolean giveUp(HttpServletResponse out, long deadline) throws IOException, ServletException {
        if (System.currentTimeMillis() > deadline) {
            out.reset();
            out.setStatus(503);
            out.setHeader("Retry-After", "1");
            out.setContentType("application/json");
            out.setContentLength(UNAVAILABLE.length);
            out.getOutputStream().write(UNAVAILABLE);
            return true;
        }
        pause();
        return false;
    }

    private static void pause() throws ServletException {
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while the API was being updated", e);
        }
    }
}
