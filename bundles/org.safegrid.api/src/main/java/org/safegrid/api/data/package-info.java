/**
 * Versioned schemas. A bundle that stores data names its Liquibase change log in the manifest header
 * {@value org.safegrid.api.data.ModuleSchema#HEADER}; the platform brings the database to that version when the
 * bundle starts and then registers a {@link org.safegrid.api.data.ModuleSchema} service on the bundle's behalf. Until
 * that service is there, the bundle's components that need the database should not be active: reference it with the
 * target {@code (safegrid.schema.module=<module>)}. Change sets only ever add: nothing drops a table or column that
 * holds data.
 */
@Version("1.0.0")
@Export
package org.safegrid.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
