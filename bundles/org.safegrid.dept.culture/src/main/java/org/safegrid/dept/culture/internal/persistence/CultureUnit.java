package org.safegrid.dept.culture.internal.persistence;

import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.culture.internal.CultureDepartment;

/** Names and service filters of the department's persistence unit and schema. */
public final class CultureUnit {

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String NAME = "safegrid-culture";

    /** Selects the unit's {@code JpaTemplate}. */
    public static final String JPA_TARGET = "(osgi.unit.name=" + NAME + ")";

    /** Selects the {@code ModuleSchema} the platform registers once the schema is at its version. */
    public static final String SCHEMA_TARGET = "(" + ModuleSchema.MODULE_PROPERTY + "=" + CultureDepartment.ID + ")";

    private CultureUnit() {
    }
}
