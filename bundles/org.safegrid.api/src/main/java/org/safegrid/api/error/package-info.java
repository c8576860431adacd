/**
 * Domain errors. Any bundle throws these from its services and REST resources; the platform turns each into a JSON
 * body {@code {code, message, details}} with the matching HTTP status.
 */
@Version("1.0.0")
@Export
package org.safegrid.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
