/** Checks of text that every module applies the same way, such as phone numbers. */
@Version("1.0.0")
@Export
package org.safegrid.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
