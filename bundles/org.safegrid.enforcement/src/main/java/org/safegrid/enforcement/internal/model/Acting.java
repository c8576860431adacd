package org.safegrid.enforcement.internal.model;

import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;

/**
 * Which department an enforcement action counts for in the zero-enforcement check: the caller's own department among
 * the enterprise's regulators (the first one if the caller holds both), otherwise the enterprise's first regulating
 * department (an action of the committee office or an administrator).
 */
public final class Acting {

    private Acting() {
    }

    public static String department(Enterprise enterprise, DataScope scope) {
        if (!scope.all()) {
            if (scope.departments().contains(enterprise.department())) {
                return enterprise.department();
            }
            if (enterprise.secondDepartment() != null && scope.departments().contains(enterprise.secondDepartment())) {
                return enterprise.secondDepartment();
            }
        }
        return enterprise.department();
    }
}
