package org.safegrid.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class RewireResponseTest {

    /** A response that records status, content type and body. */
    private static HttpServletResponse recording(Map<String, Object> seen, StringWriter body) {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass0(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> seen.put("status", args[0]);
                    case "setContentType" -> seen.put("type", args[0]);
                    case "getWriter" -> new PrintWriter(body, true);
                    case "getStatus" -> seen.getOrDefault("status", 200);
                    default -> null;
                });
    }

    private static ClassLoader getClass0() {
        return RewireResponseTest.class.getClassLoader();
    }

    @Test
    void cxfsNoServiceAnswerIsSwallowedWhicheverOrderItIsWritten() throws Exception {
        for (boolean statusFirst : new boolean[]{true, false}) {
            Map<String, Object> seen = new HashMap<>();
            StringWriter body = new StringWriter();
            RewireResponse r = new RewireResponse(recording(seen, body));
            if (statusFirst) {
                r.setStatus(404);
                r.setContentType("text/html");
            } else {
                r.setContentType("text/html");
                r.setStatus(404);
            }
            r.getWriter().write("<html><body>No service was found.</body></html>");
            assertTrue(r.noService());
            assertTrue(seen.isEmpty(), "nothing reaches the client: " + seen);
            assertEquals("", body.toString());
        }
    }

    @Test
    void aJson404IsARealAnswerAndGoesThrough() throws Exception {
        Map<String, Object> seen = new HashMap<>();
        StringWriter body = new StringWriter();
        RewireResponse r = new RewireResponse(recording(seen, body));
        r.setStatus(404);
        r.setContentType("application/json");
        r.getWriter().write("{\"code\":\"not_found\"}");
        assertFalse(r.noService());
        assertEquals(404, seen.get("status"));
        assertEquals("application/json", seen.get("type"));
        assertEquals("{\"code\":\"not_found\"}", body.toString());
    }

    @Test
    void aStatusSetWithoutABodyIsAppliedWhenTheChainEnds() {
        Map<String, Object> seen = new HashMap<>();
        RewireResponse r = new RewireResponse(recording(seen, new StringWriter()));
        r.setStatus(204);
        r.decide();
        assertEquals(204, seen.get("status"));
    }

    @Test
    void aResponseLeftUntouchedIsNoServiceToo() {
        Map<String, Object> seen = new HashMap<>();
        RewireResponse r = new RewireResponse(recording(seen, new StringWriter()));
        r.finish();
        assertTrue(r.noService(), "CXF returned without answering: try again");
        assertTrue(seen.isEmpty());
    }

    @Test
    void aRealAnswerIsNotTakenForNoServiceWhenTheChainEnds() {
        Map<String, Object> seen = new HashMap<>();
        RewireResponse r = new RewireResponse(recording(seen, new StringWriter()));
        r.setStatus(200);
        r.finish();
        assertFalse(r.noService());
        assertEquals(200, seen.get("status"));
    }

    @Test
    void onlyThePlatformsEventStreamIsPassedThrough() {
        assertTrue(RewireFilter.isEventStream("/api", "/api/events"));
        assertFalse(RewireFilter.isEventStream("/api", "/api/dept/culture/events"), "a department's own events");
        assertFalse(RewireFilter.isEventStream("/api", "/api/events/1"));
        assertFalse(RewireFilter.isEventStream("/api", null));
    }
}
