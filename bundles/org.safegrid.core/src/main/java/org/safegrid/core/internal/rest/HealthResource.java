package org.safegrid.core.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.core.internal.modules.ModuleRegistry;

/** {@code GET /api/health}: public; the platform's status and the active modules. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + ApiApplication.NAME + ")")
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final ModuleRegistry registry;
    private final String version;

    @Activate
    public HealthResource(BundleContext context, @Reference ModuleRegistry registry) {
        this.registry = registry;
        this.version = context.getBundle().getVersion().toString();
    }

    @GET
    public Views.Health health() {
        return new Views.Health("UP", version,
                registry.modules().stream()
                        .map(m -> new Views.ModuleHealth(m.id(), Views.Text.of(m.descriptor().name()), m.version(),
                                registry.schemaVersion(m.id()).orElse(null)))
                        .toList());
    }
}
