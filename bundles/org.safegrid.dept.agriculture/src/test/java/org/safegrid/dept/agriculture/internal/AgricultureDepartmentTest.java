package org.safegrid.dept.agriculture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.MenuEntry;

class AgricultureDepartmentTest {

    @Test
    void theDashboardComesFirstThenTheReservoirs() {
        DepartmentDescriptor d = new AgricultureDepartment().descriptor();
        assertEquals("agriculture", d.id());
        assertEquals("农服中心", d.name().zh());
        assertEquals(java.util.List.of("dashboard", "reservoirs"), d.menu().stream().map(MenuEntry::route).toList());
        assertEquals("agriculture:view", d.menu().get(0).permission());
        assertEquals("部门总览", d.menu().get(0).label().zh());
        assertEquals("index.js", d.uiModule());
    }
}
