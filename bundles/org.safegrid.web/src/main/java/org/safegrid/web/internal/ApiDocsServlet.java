package org.safegrid.web.internal;

import java.io.IOException;

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

    private final transient HtmlPage page;

    @Activate
    public ApiDocsServlet(BundleContext context) {
        this.page = new HtmlPage(context.getBundle(), PAGE_ENTRY);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.send(response);
    }
}
