package org.safegrid.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellEntryServletTest {

    @TempDir
    Path dir;

    private ShellEntryServlet servlet() throws IOException {
        Path index = Files.writeString(dir.resolve("index.html"), "<html lang=\"zh-CN\">安全</html>");
        URL url = index.toUri().toURL();
        return new ShellEntryServlet(Fakes.bundleWith(ShellEntryServlet.INDEX_ENTRY, url));
    }

    @Test
    void theRootRedirectsToTheShell() throws IOException {
        Fakes.Response response = new Fakes.Response();
        servlet().doGet(Fakes.request("/", null), response.proxy());
        assertEquals(302, response.status);
        assertEquals("/ui/", response.redirect);
    }

    @Test
    void theShellIsServedUncachedAsUtf8() throws IOException {
        Fakes.Response response = new Fakes.Response();
        servlet().doGet(Fakes.request("/ui/", null), response.proxy());
        assertEquals(200, response.status);
        assertEquals("no-cache", response.headers.get("Cache-Control"));
        assertEquals(ContentTypes.HTML, response.headers.get("Content-Type"));
        assertTrue(response.body.toString(StandardCharsets.UTF_8).contains("安全"));
    }

    @Test
    void otherPathsOfTheDefaultServletAreNotFound() throws IOException {
        Fakes.Response response = new Fakes.Response();
        servlet().doGet(Fakes.request("/favicon.ico", null), response.proxy());
        assertEquals(404, response.status);
    }

    @Test
    void aBundleWithoutTheShellDoesNotActivate() {
        assertThrows(IllegalStateException.class,
                () -> new ShellEntryServlet(Fakes.bundleWith("nothing", null)));
    }
}
