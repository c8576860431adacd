package org.safegrid.dept.planning.internal;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.Permissions;

/** The planning and construction office (规建办): its descriptor with the dashboard, the projects and the UI module. */
@Component
public class PlanningDepartment implements Department {

    /** The department id: module name, permission prefix, REST and UI path segment. */
    public static final String ID = "planning";

    private static final DepartmentDescriptor DESCRIPTOR = DepartmentDescriptor.builder(ID)
            .name("规建办", "Planning & Construction Office")
            .menu("dashboard", "部门总览", "Dashboard", Permissions.VIEW, 5)
            .menu("projects", "在建项目", "Construction projects", Permissions.VIEW, 10)
            .ui("web", "index.js")
            .order(20)
            .build();

    @Override
    public DepartmentDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
