package org.safegrid.core.internal.modules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.module.ModuleEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the department modules and posts a module event whenever one comes or goes. Each department brings its own
 * REST application at {@code /api/dept/<id>} (see {@link DepartmentApi}), so deploying or removing a department never
 * restarts another department's API.
 */
@Component(service = ModuleRegistry.class, immediate = true)
public class ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    private final EventAdmin events;
    private final Map<String, Registered> modules = new ConcurrentHashMap<>();
    private final Map<String, String> schemaVersions = new ConcurrentHashMap<>();

    private record Registered(ActiveModule module, long serviceId) {
    }

    @Activate
    public ModuleRegistry(@Reference EventAdmin events) {
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
            modules.put(module.id(), new Registered(module, serviceId));
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

    private void post(String topic, String module) {
        events.postEvent(new Event(topic, Map.of(ModuleEvents.MODULE, module)));
    }
}
