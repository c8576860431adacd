package org.safegrid.core.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.safegrid.core.internal.rest.ApiApplication;
import org.safegrid.core.internal.rest.HealthResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/openapi.json}: public; the OpenAPI description of {@code /api} as it is at this moment, generated
 * per request from the health resource and every whiteboard resource registered for the platform application, so
 * departments appear and disappear with their bundles. The resources' classes are loaded through their bundles; the
 * services themselves are never fetched.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + ApiApplication.NAME + ")")
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

    static final String RESOURCES = "(&(osgi.jaxrs.resource=true)(osgi.jaxrs.application.select=*"
            + ApiApplication.NAME + "*))";

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final OpenApiGenerator generator;
    private final ServiceTracker<Object, ServiceReference<Object>> resources;

    @Activate
    public OpenApiResource(BundleContext context) throws InvalidSyntaxException {
        this.generator = new OpenApiGenerator(context.getBundle().getVersion().toString());
        this.resources = new ServiceTracker<>(context, context.createFilter(RESOURCES), null) {
            @Override
            public ServiceReference<Object> addingService(ServiceReference<Object> reference) {
                return reference;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, ServiceReference<Object> tracked) {
                // nothing was got, nothing to unget
            }
        };
        resources.open(true);
    }

    @Deactivate
    void deactivate() {
        resources.close();
    }

    @GET
    public Map<String, Object> document() {
        List<Class<?>> classes = new ArrayList<>();
        classes.add(HealthResource.class);
        ServiceReference<Object>[] references = resources.getServiceReferences();
        if (references != null) {
            for (ServiceReference<Object> reference : references) {
                resourceClass(reference).ifPresent(classes::add);
            }
        }
        return generator.generate(classes);
    }

    /** The first of the service's classes (then its DS component's) that is annotated with {@code @Path}. */
    static Optional<Class<?>> resourceClass(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return Optional.empty(); // gone meanwhile
        }
        List<String> names = new ArrayList<>();
        if (reference.getProperty(Constants.OBJECTCLASS) instanceof String[] objectClass) {
            names.addAll(List.of(objectClass));
        }
        if (reference.getProperty("component.name") instanceof String component) {
            names.add(component);
        }
        for (String name : names) {
            try {
                Class<?> type = bundle.loadClass(name);
                if (type.isAnnotationPresent(Path.class)) {
                    return Optional.of(type);
                }
            } catch (ClassNotFoundException | IllegalStateException e) {
                LOG.debug("Cannot load {} from {} for the OpenAPI description", name, bundle, e);
            }
        }
        LOG.debug("No @Path class among {} of {}", names, bundle);
        return Optional.empty();
    }
}
