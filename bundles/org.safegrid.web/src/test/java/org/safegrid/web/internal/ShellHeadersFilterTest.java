package org.safegrid.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class ShellHeadersFilterTest {

    private final ShellHeadersFilter filter = new ShellHeadersFilter();

    @Test
    void aModuleFileStaysJavaScriptWhateverTheContainerGuesses() throws IOException, ServletException {
        Fakes.Response response = new Fakes.Response();
        filter.doFilter(Fakes.request("/ui", "/lib/element-plus/index.full.min.mjs"), response.proxy(), (req, res) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setContentType("application/octet-stream");
            http.setHeader("Content-Type", "application/octet-stream");
            http.setHeader("ETag", "\"1\"");
        });
        assertEquals(ContentTypes.JAVASCRIPT, response.headers.get("Content-Type"));
        assertEquals("\"1\"", response.headers.get("ETag"));
        assertEquals("no-cache", response.headers.get("Cache-Control"));
    }

    @Test
    void unknownKindsKeepTheContainersType() throws IOException, ServletException {
        Fakes.Response response = new Fakes.Response();
        filter.doFilter(Fakes.request("/ui", "/logo.png"), response.proxy(),
                (req, res) -> res.setContentType("image/png"));
        assertEquals("image/png", response.headers.get("Content-Type"));
        assertEquals("no-cache", response.headers.get("Cache-Control"));
    }
}
