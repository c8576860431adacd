package org.safegrid.schema.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.safegrid.api.data.ModuleSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender: watches for bundles carrying the {@code SafeGrid-Schema} header, brings their schema to its version
 * (one module at a time, off the framework's thread) and then registers a {@link ModuleSchema} service on the bundle's
 * behalf. A bundle whose migration fails gets no such service, so its data components stay inactive.
 */
@Component(immediate = true)
public class SchemaExtender {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final SchemaMigrator migrator;
    private final ExecutorService executor;
    private final Map<Long, ServiceRegistration<ModuleSchema>> registrations = new ConcurrentHashMap<>();
    private final BundleTracker<SchemaHeader> tracker;

    @Activate
    public SchemaExtender(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=safegrid)") DataSource dataSource) {
        this.migrator = new SchemaMigrator(dataSource);
        this.executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "safegrid-schema"));
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public SchemaHeader addingBundle(Bundle bundle, BundleEvent event) {
                return header(bundle).map(header -> {
                    executor.execute(() -> migrate(bundle, header));
                    return header;
                }).orElse(null);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, SchemaHeader header) {
                unregister(bundle);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
        registrations.keySet().forEach(id -> unregister(id));
    }

    private static Optional<SchemaHeader> header(Bundle bundle) {
        try {
            return SchemaHeader.parse(bundle.getHeaders("").get(ModuleSchema.HEADER));
        } catch (IllegalArgumentException e) {
            LOG.error("Bundle {}: {}", bundle.getSymbolicName(), e.getMessage());
            return Optional.empty();
        }
    }

    private void migrate(Bundle bundle, SchemaHeader header) {
        if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            return;
        }
        long start = System.nanoTime();
        try {
            ClassLoader resources = bundle.adapt(BundleWiring.class).getClassLoader();
            List<String> applied = migrator.migrate(header.changeLog(), resources);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(ModuleSchema.MODULE_PROPERTY, header.module());
            props.put("safegrid.schema.version", applied.isEmpty() ? "" : applied.get(applied.size() - 1));
            BundleContext context = bundle.getBundleContext();
            if (context == null) {
                return;
            }
            ServiceRegistration<ModuleSchema> registration = context.registerService(ModuleSchema.class,
                    new RegisteredSchema(header.module(), applied), props);
            ServiceRegistration<ModuleSchema> old = registrations.put(bundle.getBundleId(), registration);
            safeUnregister(old);
            LOG.info("Schema of module {} at version {} ({} change sets) in {} ms", header.module(),
                    props.get("safegrid.schema.version"), applied.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (SchemaException e) {
            LOG.error("Module {} stays inactive: {}", header.module(), e.getMessage(), e);
        } catch (IllegalStateException e) {
            LOG.debug("Bundle {} went away during its schema update", bundle.getSymbolicName());
        }
    }

    private void unregister(Bundle bundle) {
        unregister(bundle.getBundleId());
    }

    private void unregister(long bundleId) {
        safeUnregister(registrations.remove(bundleId));
    }

    private static void safeUnregister(ServiceRegistration<?> registration) {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first, which unregistered it
            }
        }
    }
}
