package org.safegrid.hazards.internal.service;

import java.time.Clock;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.hazards.internal.events.Publisher;

/** Opens the components' clock constructors to tests in other packages. */
public final class Wiring {

    private Wiring() {
    }

    public static HazardStore store(JpaTemplate jpa, ModuleSchema schema) {
        return new HazardStore(jpa, schema);
    }

    public static HazardRegistry registry(HazardStore store, EnterpriseService enterprises, Publisher publisher,
            Clock clock) {
        return new HazardRegistry(store, enterprises, publisher, clock);
    }

    public static OverdueJob overdueJob(HazardStore store, Publisher publisher, Clock clock) {
        return new OverdueJob(store, publisher, clock);
    }

    /** Stops a job made by {@link #overdueJob}. */
    public static void stop(OverdueJob job) {
        job.deactivate();
    }
}
