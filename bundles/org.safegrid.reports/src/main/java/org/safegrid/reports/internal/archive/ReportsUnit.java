package org.safegrid.reports.internal.archive;

import org.safegrid.api.data.ModuleSchema;

/** Names and service filters of the reports' persistence unit and schema. */
public final class ReportsUnit {

    /** The module, as in {@code SafeGrid-Schema: db/changelog.xml;module=reports}. */
    public static final String MODULE = "reports";

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String NAME = "safegrid-reports";

    /** Selects the unit's {@code JpaTemplate}. */
    public static final String JPA_TARGET = "(osgi.unit.name=" + NAME + ")";

    /** Selects the {@code ModuleSchema} the platform registers once the schema is at its version. */
    public static final String SCHEMA_TARGET = "(" + ModuleSchema.MODULE_PROPERTY + "=" + MODULE + ")";

    private ReportsUnit() {
    }
}
