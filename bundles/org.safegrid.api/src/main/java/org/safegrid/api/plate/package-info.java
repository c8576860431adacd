/**
 * The responsibility-plate extension point: a department's plug-in names plate roles it requires for the enterprises
 * it regulates, on top of the roles the platform always requires.
 */
@Version("1.0.0")
@Export
package org.safegrid.api.plate;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
