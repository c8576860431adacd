/**
 * Department modules: the descriptor a department bundle publishes as a service so the platform can list it, build its
 * menu, route its REST API and load its UI module.
 */
@Version("1.0.0")
@Export
package org.safegrid.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
