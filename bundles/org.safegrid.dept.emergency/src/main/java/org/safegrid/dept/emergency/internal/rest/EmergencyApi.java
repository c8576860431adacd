package org.safegrid.dept.emergency.internal.rest;

import org.safegrid.api.module.DepartmentApi;
import org.safegrid.dept.emergency.internal.EmergencyDepartment;

/** Where the department's resources live: {@code /api/dept/emergency/...}. */
final class EmergencyApi {

    static final String BASE = DepartmentApi.PATH_PREFIX + EmergencyDepartment.ID + "/";

    private EmergencyApi() {
    }
}
