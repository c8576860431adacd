/**
 * Department supervision rules (measures 4 to 6): a department's plug-in watches the platform's state changes
 * (OSGi events such as {@code org/safegrid/hazard/CREATED}) for the enterprises it regulates and raises alerts, which
 * the users it names see in their inbox.
 */
@Version("1.1.0")
@Export
package org.safegrid.api.supervision;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
