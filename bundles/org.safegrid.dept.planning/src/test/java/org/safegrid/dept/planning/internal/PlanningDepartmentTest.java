package org.safegrid.dept.planning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.MenuEntry;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;

class PlanningDepartmentTest {

    @Test
    void descriptor() {
        DepartmentDescriptor d = new PlanningDepartment().descriptor();
        assertEquals("planning", d.id());
        assertEquals("规建办", d.name().zh());
        assertEquals("Planning & Construction Office", d.name().en());
        assertEquals(List.of("dashboard", "projects"), d.menu().stream().map(MenuEntry::route).toList());
        assertEquals("部门总览", d.menu().get(0).label().zh());
        assertEquals(List.of("planning:view", "planning:view"), d.menu().stream().map(MenuEntry::permission).toList());
        assertEquals("index.js", d.uiModule());
    }

    @Test
    void settingsFallBackOnNonsense() {
        assertEquals(ZoneId.of("Asia/Shanghai"), PlanningSettings.zone("Mars/Base"));
        assertEquals(ZoneId.of("Asia/Urumqi"), PlanningSettings.zone("Asia/Urumqi"));
        assertEquals(2, PlanningSettings.clamp("missedWeeks", 0, 2, 8));
        assertEquals(8, PlanningSettings.clamp("missedWeeks", 99, 2, 8));
        assertEquals(3, PlanningSettings.clamp("missedWeeks", 3, 2, 8));
    }

    @Test
    void constructionSitesNameTheirProjectManagerAndSafetyOfficer() {
        ConstructionSitePlateRoles roles = new ConstructionSitePlateRoles();
        EnterpriseProfile site = new EnterpriseProfile(1, "x", "工地", "construction-site", "planning", null, "v",
                "YELLOW", Set.of(), 50);
        List<PlateRoleRequirement> required = roles.requiredRoles(site);
        assertEquals(List.of("project-manager", "site-safety-officer"),
                required.stream().map(PlateRoleRequirement::code).toList());
        required.forEach(r -> assertTrue(!PlateRoleRequirement.PLATFORM_ROLES.contains(r.code()), r.code()));
        EnterpriseProfile house = new EnterpriseProfile(2, "x", "房", "self-built-house", "planning", null, "v", "BLUE",
                Set.of(), 3);
        assertEquals(List.of(), roles.requiredRoles(house));
    }
}
