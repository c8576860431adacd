package org.safegrid.plates.print.internal.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.safegrid.plates.print.internal.Proxies;

/** A GET request to a servlet and the response it wrote. */
final class ServletExchange {

    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final Map<String, String> headers = new HashMap<>();
    int status = 200;
    String contentType;
    final HttpServletRequest request;
    final HttpServletResponse response;

    ServletExchange(String pathInfo) {
        request = Proxies.of(HttpServletRequest.class, Map.of("getPathInfo", a -> pathInfo, "getScheme", a -> "http",
                "getServerName", a -> "127.0.0.1", "getServerPort", a -> 8181, "getContextPath", a -> ""));
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                // blocking only
            }
        };
        Map<String, java.util.function.Function<Object[], Object>> answers = new HashMap<>();
        answers.put("setStatus", a -> {
            status = (Integer) a[0];
            return null;
        });
        answers.put("setContentType", a -> {
            contentType = (String) a[0];
            return null;
        });
        answers.put("setHeader", a -> {
            headers.put((String) a[0], (String) a[1]);
            return null;
        });
        answers.put("setContentLength", a -> {
            headers.put("Content-Length", String.valueOf(a[0]));
            return null;
        });
        answers.put("getOutputStream", a -> out);
        answers.put("isCommitted", a -> false);
        answers.put("reset", a -> {
            body.reset();
            headers.clear();
            return null;
        });
        response = Proxies.of(HttpServletResponse.class, answers);
    }

    String text() {
        return body.toString(StandardCharsets.UTF_8);
    }
}
