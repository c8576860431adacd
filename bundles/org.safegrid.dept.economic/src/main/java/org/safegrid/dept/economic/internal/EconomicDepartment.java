package org.safegrid.dept.economic.internal;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.Permissions;

/** The economic development office (经发办): its descriptor with the dashboard, the chief-engineer teams and the UI. */
@Component
public class EconomicDepartment implements Department {

    /** The department id: module name, permission prefix, REST and UI path segment. */
    public static final String ID = "economic";

    private static final DepartmentDescriptor DESCRIPTOR = DepartmentDescriptor.builder(ID)
            .name("经发办", "Economic Development Office")
            .menu("dashboard", "部门总览", "Dashboard", Permissions.VIEW, 10)
            .menu("teams", "总工程师团队", "Chief-engineer teams", Permissions.VIEW, 20)
            .ui("web", "index.js")
            .order(30)
            .build();

    @Override
    public DepartmentDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
