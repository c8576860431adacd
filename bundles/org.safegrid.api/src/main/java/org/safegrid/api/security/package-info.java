/**
 * Who is calling and which data they may see: the principal the platform's authentication puts on every REST request,
 * and the data scope that follows from its roles.
 */
@Version("1.0.0")
@Export
package org.safegrid.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
