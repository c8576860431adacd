package org.safegrid.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiDocsServletTest {

    @TempDir
    Path dir;

    @Test
    void thePageIsServedUncachedAsUtf8Html() throws IOException {
        Path page = Files.writeString(dir.resolve("index.html"), "<title>SafeGrid 接口文档</title>");
        ApiDocsServlet servlet = new ApiDocsServlet(
                Fakes.bundleWith(ApiDocsServlet.PAGE_ENTRY, page.toUri().toURL()));
        Fakes.Response response = new Fakes.Response();
        servlet.doGet(Fakes.request(ApiDocsServlet.PATH, null), response.proxy());
        assertEquals(200, response.status);
        assertEquals(ContentTypes.HTML, response.headers.get("Content-Type"));
        assertEquals("no-cache", response.headers.get("Cache-Control"));
        assertTrue(response.body.toString(StandardCharsets.UTF_8).contains("接口文档"));
    }

    @Test
    void aBundleWithoutThePageDoesNotActivate() {
        assertThrows(IllegalStateException.class, () -> new ApiDocsServlet(Fakes.bundleWith("nothing", null)));
    }

    @Test
    void thePageItselfIsInTheBundleFolder() {
        assertTrue(Files.isRegularFile(Path.of("src/main/resources").resolve(ApiDocsServlet.PAGE_ENTRY)));
    }
}
