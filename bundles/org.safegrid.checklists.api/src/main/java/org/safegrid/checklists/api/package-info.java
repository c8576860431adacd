/**
 * Hazard checklists (measure 4): versioned templates, the daily/weekly/monthly periods and the working-day calendar,
 * the self-inspections due from each enterprise, submissions and the compliance rate an inspection shows. Implemented
 * by {@code org.safegrid.checklists}.
 */
@Version("1.1.0")
@Export
package org.safegrid.checklists.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
