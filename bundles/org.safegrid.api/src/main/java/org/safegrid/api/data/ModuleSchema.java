package org.safegrid.api.data;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the platform, on behalf of a bundle, once that bundle's schema is at the version its change log
 * declares. Its service property {@value #MODULE_PROPERTY} names the module.
 */
@ProviderType
public interface ModuleSchema {

    /**
     * Manifest header naming the change log and the module, for example
     * {@code SafeGrid-Schema: db/changelog.xml;module=emergency}.
     */
    String HEADER = "SafeGrid-Schema";

    /** Service property carrying the module name. */
    String MODULE_PROPERTY = "safegrid.schema.module";

    /** The module whose schema this is. */
    String module();

    /** The ids of the change sets applied, in order; the last one is the schema's version. */
    java.util.List<String> appliedChangeSets();

    /** The last change set applied: the schema version. */
    default String version() {
        java.util.List<String> applied = appliedChangeSets();
        return applied.isEmpty() ? "" : applied.get(applied.size() - 1);
    }
}
