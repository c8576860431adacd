package org.safegrid.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the bundle folder {@code web/} (the shell, its styles and the npm libraries in {@code web/lib/}) at
 * {@code /ui/*} through the HTTP Whiteboard. {@code /ui/} itself is {@link ShellEntryServlet}'s.
 */
@Component(service = ShellResources.class)
@HttpWhiteboardResource(pattern = "/ui/*", prefix = "/web")
public class ShellResources {
}
