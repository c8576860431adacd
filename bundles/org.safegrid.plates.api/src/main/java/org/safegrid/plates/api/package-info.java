/**
 * Responsibility plates (责任挂牌公示, measure 3): one plate per enterprise naming who answers for it. Which roles a
 * plate requires follows from the enterprise (see {@link org.safegrid.plates.api.PlateService#requiredRoles}).
 * Implemented by {@code org.safegrid.plates}.
 */
@Version("1.1.0")
@Export
package org.safegrid.plates.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
