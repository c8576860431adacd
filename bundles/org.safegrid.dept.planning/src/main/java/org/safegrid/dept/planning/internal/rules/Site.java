package org.safegrid.dept.planning.internal.rules;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;

/** What the rules keep of an enterprise: enough to name it and to tell which report scopes see it. */
public record Site(long enterpriseId, String name, String department, String secondDepartment, String village) {

    public static Site of(EnterpriseProfile p) {
        return new Site(p.id(), p.name(), p.department(), p.secondDepartment(), p.village());
    }

    public boolean seenBy(DataScope scope) {
        return scope.sees(department, secondDepartment, village);
    }
}
