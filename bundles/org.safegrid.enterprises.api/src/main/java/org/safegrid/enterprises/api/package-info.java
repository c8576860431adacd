/**
 * The enterprise registry (measure 3 and everything after it): enterprises and places, their regulating departments,
 * risk levels and flags, and the reference data (villages, sectors) they point to. Implemented by
 * {@code org.safegrid.enterprises}.
 */
@Version("1.1.0")
@Export
package org.safegrid.enterprises.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
