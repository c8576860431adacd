package org.safegrid.core.internal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves each department's UI files from its own bundle: {@code /ui/modules/<id>/<path>} is the entry
 * {@code <uiResourceRoot>/<path>} of the bundle that registered the department. When the department goes, so do its
 * files.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/ui/modules/*")
public class UiModuleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "mjs",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json",
            "application/json; charset=utf-8",
            "html", "text/html; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg",
            "woff2",
            "font/woff2");

    private final transient ModuleRegistry registry;

    @Activate
    public UiModuleServlet(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        int slash = path == null ? -1 : path.indexOf('/', 1);
        if (slash < 0 || path.contains("..") || path.contains("\\")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String id = path.substring(1, slash);
        String file = path.substring(slash + 1);
        URL entry = registry.module(id).map(m -> m.bundle().getEntry(m.descriptor().uiResourceRoot() + "/" + file))
                .orElse(null);
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (entry == null || type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = entry.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
