package org.safegrid.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department module. A department bundle registers one Declarative Services component implementing this interface;
 * the platform lists it in {@code GET /api/modules}, adds its menu to the web shell, opens its REST application at
 * {@code /api/dept/{id}} (see {@link DepartmentApi}) and serves its UI files from the bundle.
 *
 * <p>
 * When the bundle stops, the service goes away and so do the menu, the REST application and the UI files; the data the
 * module stored stays in the database.
 */
@ConsumerType
public interface Department {

    /** What the department is and what it brings. Called again whenever the platform needs it; keep it cheap. */
    DepartmentDescriptor descriptor();
}
