package org.safegrid.plates.internal.roles;

import java.util.List;
import java.util.Map;

import org.safegrid.api.plate.PlateRoleContributor;

/** Opens the catalog's test constructor to tests in other packages. */
public final class RoleCatalogs {

    private RoleCatalogs() {
    }

    public static RoleCatalog of(List<Map.Entry<Map<String, Object>, PlateRoleContributor>> contributors) {
        return new RoleCatalog(contributors);
    }
}
