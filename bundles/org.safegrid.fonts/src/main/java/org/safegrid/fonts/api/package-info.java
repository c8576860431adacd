/**
 * The CJK font for PDFs ({@link org.safegrid.fonts.api.CjkFonts}). Implemented by {@code org.safegrid.fonts}.
 */
@Version("1.0.0")
@Export
package org.safegrid.fonts.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
