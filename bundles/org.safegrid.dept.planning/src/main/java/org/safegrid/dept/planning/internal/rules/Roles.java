package org.safegrid.dept.planning.internal.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.safegrid.api.module.Permissions;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.dept.planning.internal.PlanningDepartment;

/** Who hears of a site's trouble: the office, the site's village (grid staff), and the committee when it is grave. */
final class Roles {

    private Roles() {
    }

    static Set<String> of(EnterpriseProfile site, boolean committee) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Permissions.departmentRole(PlanningDepartment.ID));
        if (site.village() != null && !site.village().isBlank()) {
            roles.add(Permissions.VILLAGE_ROLE_PREFIX + site.village());
        }
        if (committee) {
            roles.add(Permissions.COMMITTEE_ROLE);
        }
        return roles;
    }
}
