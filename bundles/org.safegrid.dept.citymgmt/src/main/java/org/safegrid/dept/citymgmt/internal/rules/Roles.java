package org.safegrid.dept.citymgmt.internal.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.safegrid.api.module.Permissions;
import org.safegrid.dept.citymgmt.internal.CityDepartment;

/** Who an alert of the brigade reaches. */
public final class Roles {

    private Roles() {
    }

    /** The brigade's staff and the grid staff of the village, when there is one. */
    public static Set<String> departmentAndVillage(String village) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Permissions.departmentRole(CityDepartment.ID));
        if (village != null && !village.isBlank()) {
            roles.add(Permissions.VILLAGE_ROLE_PREFIX + village);
        }
        return roles;
    }
}
