package org.safegrid.enforcement.internal.persistence;

import org.safegrid.api.data.ModuleSchema;

/** Names and service filters of the enforcement persistence unit and schema. */
public final class EnforcementUnit {

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String NAME = "safegrid-enforcement";

    /** The schema module in the {@code SafeGrid-Schema} header. */
    public static final String MODULE = "enforcement";

    /** Selects the unit's {@code JpaTemplate}. */
    public static final String JPA_TARGET = "(osgi.unit.name=" + NAME + ")";

    /** Selects the {@code ModuleSchema} the platform registers once the schema is at its version. */
    public static final String SCHEMA_TARGET = "(" + ModuleSchema.MODULE_PROPERTY + "=" + MODULE + ")";

    private EnforcementUnit() {
    }
}
