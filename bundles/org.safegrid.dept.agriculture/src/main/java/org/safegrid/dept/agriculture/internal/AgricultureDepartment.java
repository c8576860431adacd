package org.safegrid.dept.agriculture.internal;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.Permissions;

/** The agricultural service centre (农服中心): its descriptor with the dashboard, the reservoirs and the UI module. */
@Component
public class AgricultureDepartment implements Department {

    /** The department id: module name, permission prefix, REST and UI path segment. */
    public static final String ID = "agriculture";

    private static final DepartmentDescriptor DESCRIPTOR = DepartmentDescriptor.builder(ID)
            .name("农服中心", "Agricultural Service Centre")
            .menu("dashboard", "部门总览", "Dashboard", Permissions.VIEW, 10)
            .menu("reservoirs", "水库山坪塘", "Reservoirs and ponds", Permissions.VIEW, 20)
            .ui("web", "index.js")
            .order(50)
            .build();

    @Override
    public DepartmentDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
