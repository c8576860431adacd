package org.safegrid.core.internal.rest;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.core.internal.health.Readiness;
import org.safegrid.core.internal.modules.ModuleRegistry;

/**
 * {@code GET /api/health}: public; the platform's status and the active modules. 200 {@code UP} when everything is
 * wired, 503 {@code STARTING} with what it waits for otherwise (load balancers and the tests wait on it). Part of
 * {@link ApiApplication} itself rather than a whiteboard resource, so the application is never empty.
 */
@Component(service = HealthResource.class)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final ModuleRegistry registry;
    private final Readiness readiness;
    private final String version;

    @Activate
    public HealthResource(BundleContext context, @Reference ModuleRegistry registry, @Reference Readiness readiness) {
        this.registry = registry;
        this.readiness = readiness;
        this.version = context.getBundle().getVersion().toString();
    }

    @GET
    public Response health() {
        List<String> waiting = new ArrayList<>(readiness.waitingFor());
        waiting.addAll(registry.pending());
        Views.Health health = new Views.Health(waiting.isEmpty() ? "UP" : "STARTING", version, waiting,
                registry.modules().stream()
                        .map(m -> new Views.ModuleHealth(m.id(), Views.Text.of(m.descriptor().name()), m.version(),
                                registry.schemaVersion(m.id()).orElse(null)))
                        .toList());
        return Response.status(waiting.isEmpty() ? 200 : 503).entity(health).build();
    }
}
