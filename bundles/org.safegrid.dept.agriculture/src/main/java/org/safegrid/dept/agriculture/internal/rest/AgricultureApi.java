package org.safegrid.dept.agriculture.internal.rest;

import org.safegrid.api.module.DepartmentApi;
import org.safegrid.dept.agriculture.internal.AgricultureDepartment;

/** Where the department's resources live: {@code /api/dept/agriculture/...}. */
final class AgricultureApi {

    static final String BASE = DepartmentApi.PATH_PREFIX + AgricultureDepartment.ID + "/";

    private AgricultureApi() {
    }
}
