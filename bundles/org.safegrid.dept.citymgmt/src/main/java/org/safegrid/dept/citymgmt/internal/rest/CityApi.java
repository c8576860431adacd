package org.safegrid.dept.citymgmt.internal.rest;

import org.safegrid.api.module.DepartmentApi;
import org.safegrid.dept.citymgmt.internal.CityDepartment;

/** Where the department's resources live: {@code /api/dept/citymgmt/...}. */
final class CityApi {

    static final String BASE = DepartmentApi.PATH_PREFIX + CityDepartment.ID + "/";

    private CityApi() {
    }
}
