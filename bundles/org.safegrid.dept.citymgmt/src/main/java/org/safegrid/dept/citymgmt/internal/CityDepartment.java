package org.safegrid.dept.citymgmt.internal;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.Permissions;

/** The city management brigade (城管大队): its descriptor with the dashboard, the billboards and the UI module. */
@Component
public class CityDepartment implements Department {

    /** The department id: module name, permission prefix, REST and UI path segment. */
    public static final String ID = "citymgmt";

    private static final DepartmentDescriptor DESCRIPTOR = DepartmentDescriptor.builder(ID)
            .name("城管大队", "City Management Brigade")
            .menu("dashboard", "部门总览", "Dashboard", Permissions.VIEW, 10)
            .menu("billboards", "户外广告", "Outdoor billboards", Permissions.VIEW, 20)
            .ui("web", "index.js")
            .order(60)
            .build();

    @Override
    public DepartmentDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
