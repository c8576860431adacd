/**
 * The hazard-checklist extension point (measure 4): a department's plug-in contributes checklist templates for the
 * sectors and flags it supervises. The platform versions them: a changed definition becomes a new version, and
 * submissions keep the version they were filled against.
 */
@Version("1.0.0")
@Export
package org.safegrid.api.checklist;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
