package org.safegrid.dept.emergency.internal;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.Permissions;

/** The emergency office (应急办): its descriptor with the dashboard, the duty watch menu and the UI module. */
@Component
public class EmergencyDepartment implements Department {

    /** The department id: module name, permission prefix, REST and UI path segment. */
    public static final String ID = "emergency";

    private static final DepartmentDescriptor DESCRIPTOR = DepartmentDescriptor.builder(ID)
            .name("应急办", "Emergency Management Office")
            .menu("dashboard", "部门总览", "Dashboard", Permissions.VIEW, 5)
            .menu("duty-log", "值班日志", "Duty log", Permissions.VIEW, 10)
            .menu("roster", "值班表", "Duty roster", Permissions.VIEW, 20)
            .ui("web", "index.js")
            .order(10)
            .build();

    @Override
    public DepartmentDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
