package org.safegrid.dept.planning.internal.common;

import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.planning.internal.PlanningDepartment;

/** Names and service filters of the department's persistence unit and schema. */
public final class PlanningUnit {

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String NAME = "safegrid-planning";

    /** Selects the unit's {@code JpaTemplate}. */
    public static final String JPA_TARGET = "(osgi.unit.name=" + NAME + ")";

    /** Selects the {@code ModuleSchema} the platform registers once the schema is at its version. */
    public static final String SCHEMA_TARGET = "(" + ModuleSchema.MODULE_PROPERTY + "=" + PlanningDepartment.ID + ")";

    private PlanningUnit() {
    }
}
