package org.safegrid.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /ui/api-docs/}: the API docs page, {@code web/api-docs/index.html} (Swagger UI over {@code /api/openapi.json}).
 * The container serves no index file for a folder of {@link ShellResources} (it answers 403), and a whiteboard
 * resource with an exact pattern finds no file, so the page's address gets this servlet; the page's script and Swagger
 * UI's files ({@code /ui/lib/swagger-ui/}) are ordinary shell resources.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("safegrid-api-docs")
@HttpWhiteboardServletPattern(ApiDocsServlet.PATH)
public class ApiDocsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/ui/api-docs/";
    static final String PAGE_ENTRY = "web/api-docs/index.html";

    private final transient byte[] page;

    @Activate
    public ApiDocsServlet(BundleContext context) {
        URL entry = context.getBundle().getEntry(PAGE_ENTRY);
        if (entry == null) {
            throw new IllegalStateException("the bundle lacks " + PAGE_ENTRY);
        }
        try (InputStream in = entry.openStream()) {
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PAGE_ENTRY, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(ContentTypes.HTML);
        response.setHeader("Cache-Control", ContentTypes.NO_CACHE);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
