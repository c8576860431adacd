package org.safegrid.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;

/** An HTML page of this bundle, read once and served uncached, so a new version reaches the browser on next load. */
final class HtmlPage {

    private final byte[] content;

    HtmlPage(Bundle bundle, String entryPath) {
        URL entry = bundle.getEntry(entryPath);
        if (entry == null) {
            throw new IllegalStateException("the bundle lacks " + entryPath);
        }
        try (InputStream in = entry.openStream()) {
            this.content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entryPath, e);
        }
    }

    void send(HttpServletResponse response) throws IOException {
        response.setContentType(ContentTypes.HTML);
        response.setHeader("Cache-Control", ContentTypes.NO_CACHE);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
