package org.safegrid.core.internal.modules;

import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.core.Application;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.module.ModuleEvents;
import org.safegrid.core.internal.rest.Extensions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the department modules. For each one it opens a REST application of its own at {@code /api/dept/<id>}, so
 * deploying or removing a department never restarts another department's API, and posts a module event.
 */
@Component(service = ModuleRegistry.class, immediate = true)
public class ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    private final BundleContext context;
    private final EventAdmin events;
    private final Map<String, Registered> modules = new ConcurrentHashMap<>();
    private final Map<String, String> schemaVersions = new ConcurrentHashMap<>();

    private record Registered(ActiveModule module, long serviceId, ServiceRegistration<Application> application) {
    }

    @Activate
    public ModuleRegistry(BundleContext context, @Reference EventAdmin events) {
        this.context = context;
        this.events = events;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDepartment(Department department, ServiceReference<Department> reference) {
        ActiveModule module;
        try {
            module = new ActiveModule(department.descriptor(), reference.getBundle());
        } catch (RuntimeException e) {
            LOG.error("Department service {} has an invalid descriptor; ignored", reference, e);
            return;
        }
        long serviceId = (Long) reference.getProperty("service.id");
        synchronized (modules) {
            if (modules.containsKey(module.id())) {
                LOG.warn("A second department '{}' from bundle {} ignored", module.id(),
                        reference.getBundle().getSymbolicName());
                return;
            }
            modules.put(module.id(), new Registered(module, serviceId, registerApplication(module.id())));
        }
        LOG.info("Department module {} {} active", module.id(), module.version());
        post(ModuleEvents.ADDED, module.id());
    }

    void removeDepartment(Department department, ServiceReference<Department> reference) {
        long serviceId = (Long) reference.getProperty("service.id");
        Registered gone = null;
        synchronized (modules) {
            for (Registered r : modules.values()) {
                if (r.serviceId() == serviceId) {
                    gone = r;
                    modules.remove(r.module().id());
                    break;
                }
            }
        }
        if (gone != null) {
            unregister(gone.application());
            LOG.info("Department module {} removed", gone.module().id());
            post(ModuleEvents.REMOVED, gone.module().id());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSchema(ModuleSchema schema) {
        schemaVersions.put(schema.module(), schema.version());
    }

    void removeSchema(ModuleSchema schema) {
        schemaVersions.remove(schema.module(), schema.version());
    }

    @Deactivate
    void deactivate() {
        synchronized (modules) {
            modules.values().forEach(r -> unregister(r.application()));
            modules.clear();
        }
    }

    /** The active modules in navigation order. */
    public List<ActiveModule> modules() {
        return modules.values().stream().map(Registered::module)
                .sorted(Comparator.comparingInt((ActiveModule m) -> m.descriptor().order())
                        .thenComparing(ActiveModule::id))
                .toList();
    }

    public Optional<ActiveModule> module(String id) {
        return Optional.ofNullable(modules.get(id)).map(Registered::module);
    }

    /** The schema version of a module, if it stores data and its schema is current. */
    public Optional<String> schemaVersion(String module) {
        return Optional.ofNullable(schemaVersions.get(module));
    }

    private ServiceRegistration<Application> registerApplication(String id) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, DepartmentApi.BASE_PATH + id);
        props.put(JaxrsWhiteboardConstants.JAX_RS_NAME, DepartmentApi.applicationName(id));
        props.put(JaxrsWhiteboardConstants.JAX_RS_EXTENSION_SELECT,
                new String[]{Extensions.JSON_FILTER, Extensions.ERRORS_FILTER, Extensions.AUTH_FILTER});
        props.put("safegrid.department", id);
        return context.registerService(Application.class, new Application(), props);
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework is stopping us
        }
    }

    private void post(String topic, String module) {
        events.postEvent(new Event(topic, Map.of(ModuleEvents.MODULE, module)));
    }
}
