package org.safegrid.core.internal.health;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Whether SafeGrid is ready to serve: every SafeGrid bundle is active, every SafeGrid component is satisfied (so its
 * schema is current and its services are there), and the JAX-RS whiteboard holds no failed SafeGrid service.
 */
@Component(service = Readiness.class)
public class Readiness {

    private static final String PREFIX = "org.safegrid.";

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final JaxrsServiceRuntime jaxrs;

    @Activate
    public Readiness(BundleContext context, @Reference ServiceComponentRuntime components,
            @Reference JaxrsServiceRuntime jaxrs) {
        this.context = context;
        this.components = components;
        this.jaxrs = jaxrs;
    }

    /** What is not ready yet, by name; empty when all is well. */
    public List<String> waitingFor() {
        return waitingFor(Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(PREFIX))
                .toArray(Bundle[]::new));
    }

    /**
     * What these bundles still wait for: inactive bundles, unsatisfied components, failed REST services, and JAX-RS
     * resources they registered that the whiteboard does not serve yet.
     */
    public List<String> waitingFor(Bundle... ours) {
        List<String> waiting = new ArrayList<>();
        for (Bundle b : ours) {
            if (b.getState() != Bundle.ACTIVE) {
                waiting.add("bundle " + b.getSymbolicName());
            }
        }
        components.getComponentDescriptionDTOs(ours).forEach(description -> {
            for (ComponentConfigurationDTO c : components.getComponentConfigurationDTOs(description)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                        || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    waiting.add("component " + description.name);
                }
            }
        });
        RuntimeDTO runtime = jaxrs.getRuntimeDTO();
        Stream.of(runtime.failedApplicationDTOs, runtime.failedResourceDTOs, runtime.failedExtensionDTOs)
                .flatMap(Arrays::stream).filter(Readiness::ours).forEach(dto -> waiting.add("rest " + dto.name));
        Set<Long> served = Arrays.stream(runtime.applicationDTOs).flatMap(a -> Arrays.stream(a.resourceDTOs))
                .map(r -> r.serviceId).collect(Collectors.toSet());
        for (Bundle b : ours) {
            ServiceReference<?>[] registered = b.getState() == Bundle.ACTIVE ? b.getRegisteredServices() : null;
            for (ServiceReference<?> ref : registered == null ? new ServiceReference<?>[0] : registered) {
                if ("true".equals(String.valueOf(ref.getProperty("osgi.jaxrs.resource")))
                        && !served.contains((Long) ref.getProperty("service.id"))) {
                    waiting.add("rest resource " + ref.getProperty("service.id") + " of " + b.getSymbolicName());
                }
            }
        }
        return waiting;
    }

    private static boolean ours(BaseDTO dto) {
        return dto.name == null || dto.name.startsWith("safegrid") || dto.name.startsWith(PREFIX);
    }
}
