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
 * The way in: {@code /} and {@code /ui} redirect to {@code /ui/}, which serves {@code web/index.html} uncached, so a
 * new shell version reaches the browser on the next load. {@code /} is the default servlet pattern, so paths nobody
 * else serves end here with a 404.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("safegrid-web-shell")
@HttpWhiteboardServletPattern({"/", "/ui", "/ui/", "/ui/index.html"})
public class ShellEntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String INDEX_ENTRY = "web/index.html";

    private final transient HtmlPage index;

    @Activate
    public ShellEntryServlet(BundleContext context) {
        this.index = new HtmlPage(context.getBundle(), INDEX_ENTRY);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        switch (ShellEntry.of(path)) {
            case REDIRECT -> response.sendRedirect(request.getContextPath() + ShellEntry.SHELL);
            case INDEX -> index.send(response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
