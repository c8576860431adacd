/**
 * Hazards (隐患, measure 4): general and major ones, the five fixes a major hazard needs before rectification, the
 * lifecycle reported → rectifying → awaiting verification → closed, and the OSGi events each change publishes
 * ({@link org.safegrid.hazards.api.HazardEvents}). Implemented by {@code org.safegrid.hazards}.
 */
@Version("1.0.0")
@Export
package org.safegrid.hazards.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
