package org.safegrid.plates.internal.service;

import java.time.Clock;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.api.data.ModuleSchema;

/** Opens the stores' clock constructors to tests in other packages. */
public final class Stores {

    private Stores() {
    }

    public static PlateStore plateStore(JpaTemplate jpa, ModuleSchema schema, Clock clock) {
        return new PlateStore(jpa, schema, clock);
    }

    public static DutyStore dutyStore(JpaTemplate jpa, Clock clock) {
        return new DutyStore(jpa, clock);
    }

    public static AppraisalStore appraisalStore(JpaTemplate jpa, Clock clock) {
        return new AppraisalStore(jpa, clock);
    }
}
