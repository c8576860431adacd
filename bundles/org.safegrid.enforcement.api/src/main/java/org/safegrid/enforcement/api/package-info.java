/**
 * Inspections and closed-loop enforcement (measure 6, with the compliance check of measure 4): inspections that
 * record the enterprise's daily/weekly/monthly self-inspection compliance, the three-step enforcement case
 * (rectification order, re-inspection, penalty) with the daily continuing penalty (按日连续处罚), repeat offenders
 * (累犯从重), the zero-enforcement check (执法清零) and the OSGi events each change publishes
 * ({@link org.safegrid.enforcement.api.EnforcementEvents}). Implemented by {@code org.safegrid.enforcement}.
 */
@Version("1.0.0")
@Export
package org.safegrid.enforcement.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
