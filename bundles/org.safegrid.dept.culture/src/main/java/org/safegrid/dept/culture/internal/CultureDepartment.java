package org.safegrid.dept.culture.internal;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.Permissions;

/** The culture service centre (文服中心): its descriptor with the dashboard, the large events and the UI module. */
@Component
public class CultureDepartment implements Department {

    /** The department id: module name, permission prefix, REST and UI path segment. */
    public static final String ID = "culture";

    private static final DepartmentDescriptor DESCRIPTOR = DepartmentDescriptor.builder(ID)
            .name("文服中心", "Culture Service Centre")
            .menu("dashboard", "部门总览", "Dashboard", Permissions.VIEW, 10)
            .menu("events", "大型活动", "Large events", Permissions.VIEW, 20)
            .ui("web", "index.js")
            .order(40)
            .build();

    @Override
    public DepartmentDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
