package org.safegrid.dept.economic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.MenuEntry;

class EconomicDepartmentTest {

    @Test
    void theDashboardComesFirstThenTheTeams() {
        DepartmentDescriptor d = new EconomicDepartment().descriptor();
        assertEquals("economic", d.id());
        assertEquals("经发办", d.name().zh());
        assertEquals(List.of("dashboard", "teams"), d.menu().stream().map(MenuEntry::route).toList());
        assertEquals("部门总览", d.menu().get(0).label().zh());
        assertEquals(List.of("economic:view", "economic:view"), d.menu().stream().map(MenuEntry::permission).toList());
        assertEquals("web", d.uiResourceRoot());
        assertEquals("index.js", d.uiModule());
    }
}
