package org.safegrid.dept.agriculture.internal.persistence;

import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.agriculture.internal.AgricultureDepartment;

/** Names and service filters of the department's persistence unit and schema. */
public final class AgricultureUnit {

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String NAME = "safegrid-agriculture";

    /** Selects the unit's {@code JpaTemplate}. */
    public static final String JPA_TARGET = "(osgi.unit.name=" + NAME + ")";

    /** Selects the {@code ModuleSchema} the platform registers once the schema is at its version. */
    public static final String SCHEMA_TARGET = "(" + ModuleSchema.MODULE_PROPERTY + "=" + AgricultureDepartment.ID
            + ")";

    private AgricultureUnit() {
    }
}
