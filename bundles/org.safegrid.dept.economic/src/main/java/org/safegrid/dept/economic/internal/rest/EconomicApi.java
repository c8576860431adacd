package org.safegrid.dept.economic.internal.rest;

import org.safegrid.api.module.DepartmentApi;
import org.safegrid.dept.economic.internal.EconomicDepartment;

/** Where the department's resources live: {@code /api/dept/economic/...}. */
final class EconomicApi {

    static final String BASE = DepartmentApi.PATH_PREFIX + EconomicDepartment.ID + "/";

    private EconomicApi() {
    }
}
