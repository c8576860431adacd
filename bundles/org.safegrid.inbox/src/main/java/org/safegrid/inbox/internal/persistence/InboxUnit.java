package org.safegrid.inbox.internal.persistence;

import org.safegrid.api.data.ModuleSchema;

/** Names and service filters of the inbox's persistence unit and schema. */
public final class InboxUnit {

    /** The schema module, as in the {@code SafeGrid-Schema} header. */
    public static final String MODULE = "inbox";

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String NAME = "safegrid-inbox";

    /** Selects the unit's {@code JpaTemplate}. */
    public static final String JPA_TARGET = "(osgi.unit.name=" + NAME + ")";

    /** Selects the {@code ModuleSchema} the platform registers once the schema is at its version. */
    public static final String SCHEMA_TARGET = "(" + ModuleSchema.MODULE_PROPERTY + "=" + MODULE + ")";

    private InboxUnit() {
    }
}
