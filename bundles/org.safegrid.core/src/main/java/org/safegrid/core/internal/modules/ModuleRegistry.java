package org.safegrid.core.internal.modules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.module.ModuleEvents;
import org.safegrid.core.internal.health.Readiness;
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
    private final Readiness readiness;
    private final ScheduledExecutorService checks = Executors
            .newSingleThreadScheduledExecutor(r -> new Thread(r, "safegrid-module-readiness"));
    private final Map<String, Registered> modules = new ConcurrentHashMap<>();
    private final Map<String, String> schemaVersions = new ConcurrentHashMap<>();

    /** A department service; it is announced (ready) once its bundle serves everything it registered. */
    private static final class Registered {
        final ActiveModule module;
        final long serviceId;
        volatile boolean ready;

        Registered(ActiveModule module, long serviceId) {
            this.module = module;
            this.serviceId = serviceId;
        }
    }

    @Activate
    public ModuleRegistry(@Reference EventAdmin events, @Reference Readiness readiness) {
        this.events = events;
        this.readiness = readiness;
        checks.scheduleWithFixedDelay(this::announceReady, 100, 100, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        checks.shutdownNow();
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
        if (modules.putIfAbsent(module.id(), new Registered(module, serviceId)) != null) {
            LOG.warn("A second department '{}' from bundle {} ignored", module.id(),
                    reference.getBundle().getSymbolicName());
        }
    }

    void removeDepartment(Department department, ServiceReference<Department> reference) {
        long serviceId = (Long) reference.getProperty("service.id");
        for (Registered r : modules.values()) {
            if (r.serviceId == serviceId && modules.remove(r.module.id(), r)) {
                LOG.info("Department module {} removed", r.module.id());
                if (r.ready) {
                    post(ModuleEvents.REMOVED, r.module.id());
                }
            }
        }
    }

    /**
     * Announces each department whose bundle is ready: its components satisfied (so its schema is current) and all
     * its REST resources served. Until then the shell does not show it, so its pages never meet a missing API.
     */
    void announceReady() {
        for (Registered r : modules.values()) {
            try {
                if (!r.ready && readiness.waitingFor(r.module.bundle()).isEmpty()
                        && modules.get(r.module.id()) == r) {
                    r.ready = true;
                    LOG.info("Department module {} {} active", r.module.id(), r.module.version());
                    post(ModuleEvents.ADDED, r.module.id());
                }
            } catch (RuntimeException e) {
                // a bundle uninstalled between two looks (getRegisteredServices throws then): asked again in 100 ms.
                // Never let it out: an exception would stop the scheduled check for good, and no department
                // installed after it would ever be announced.
                LOG.debug("Readiness of department module {} not known yet: {}", r.module.id(), e.toString());
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSchema(ModuleSchema schema) {
        schemaVersions.put(schema.module(), schema.version());
    }

    void removeSchema(ModuleSchema schema) {
        schemaVersions.remove(schema.module(), schema.version());
    }

    /** Departments registered but not announced yet, because their bundle is not serving everything yet. */
    public List<String> pending() {
        return modules.values().stream().filter(r -> !r.ready).map(r -> "module " + r.module.id()).toList();
    }

    /** The active (ready) modules in navigation order. */
    public List<ActiveModule> modules() {
        return modules.values().stream().filter(r -> r.ready).map(r -> r.module)
                .sorted(Comparator.comparingInt((ActiveModule m) -> m.descriptor().order())
                        .thenComparing(ActiveModule::id))
                .toList();
    }

    public Optional<ActiveModule> module(String id) {
        return Optional.ofNullable(modules.get(id)).filter(r -> r.ready).map(r -> r.module);
    }

    /** The schema version of a module, if it stores data and its schema is current. */
    public Optional<String> schemaVersion(String module) {
        return Optional.ofNullable(schemaVersions.get(module));
    }

    private void post(String topic, String module) {
        events.postEvent(new Event(topic, Map.of(ModuleEvents.MODULE, module)));
    }
}
