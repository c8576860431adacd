package org.safegrid.dept.culture.internal.rest;

import org.safegrid.api.module.DepartmentApi;
import org.safegrid.dept.culture.internal.CultureDepartment;

/** Where the department's resources live: {@code /api/dept/culture/...}. */
final class CultureApi {

    static final String BASE = DepartmentApi.PATH_PREFIX + CultureDepartment.ID + "/";

    private CultureApi() {
    }
}
