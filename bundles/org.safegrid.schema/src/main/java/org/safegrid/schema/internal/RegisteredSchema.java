package org.safegrid.schema.internal;

import java.util.List;

import org.safegrid.api.data.ModuleSchema;

/** The schema service registered on a bundle's behalf once its change log is applied. */
record RegisteredSchema(String module, List<String> appliedChangeSets) implements ModuleSchema {
}
