package org.safegrid.enforcement.internal.persistence;

import org.safegrid.enterprises.api.Enterprise;

/**
 * What the enforcement tables copy of an enterprise, so that lists apply the caller's scope inside the query.
 *
 * @param actingDepartment the department an action counts for in the zero-enforcement check
 */
public record EnterpriseColumns(long enterpriseId, String name, String department, String secondDepartment,
        String village, String actingDepartment) {

    public static EnterpriseColumns of(Enterprise enterprise, String actingDepartment) {
        return new EnterpriseColumns(enterprise.id(), enterprise.name(), enterprise.department(),
                enterprise.secondDepartment(), enterprise.village(), actingDepartment);
    }
}
