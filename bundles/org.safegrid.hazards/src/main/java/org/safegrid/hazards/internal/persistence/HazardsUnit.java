package org.safegrid.hazards.internal.persistence;

import org.safegrid.api.data.ModuleSchema;

/** Names and service filters of the hazards' persistence unit and schema. */
public final class HazardsUnit {

    /** The schema module, as in the {@code SafeGrid-Schema} header. */
    public static final String MODULE = "hazards";

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String NAME = "safegrid-hazards";

    /** Selects the unit's {@code JpaTemplate}. */
    public static final String JPA_TARGET = "(osgi.unit.name=" + NAME + ")";

    /** Selects the {@code ModuleSchema} the platform registers once the schema is at its version. */
    public static final String SCHEMA_TARGET = "(" + ModuleSchema.MODULE_PROPERTY + "=" + MODULE + ")";

    /** The JPQL entity names. */
    public static final String HAZARD = "HazHazard";
    public static final String TIMELINE = "HazTimeline";

    private HazardsUnit() {
    }
}
