package org.safegrid.dept.citymgmt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.MenuEntry;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;

class CityDepartmentTest {

    @Test
    void theDashboardComesFirstThenTheBillboards() {
        DepartmentDescriptor d = new CityDepartment().descriptor();
        assertEquals("citymgmt", d.id());
        assertEquals("城管大队", d.name().zh());
        assertEquals(List.of("dashboard", "billboards"), d.menu().stream().map(MenuEntry::route).toList());
        assertEquals("citymgmt:view", d.menu().get(0).permission());
    }

    static EnterpriseProfile profile(String sector) {
        return new EnterpriseProfile(1, "91500106000000001X", "x", sector, "citymgmt", null, "v1", "BLUE", Set.of(), 3);
    }

    @Test
    void restaurantsNameTheirGasSafetyLeadAndBillboardOwnersTheirUpkeepLead() {
        CityPlateRoles roles = new CityPlateRoles();
        assertEquals(List.of(CityPlateRoles.GAS_SAFETY), roles.requiredRoles(profile("catering")));
        assertEquals(List.of(CityPlateRoles.BILLBOARD_UPKEEP), roles.requiredRoles(profile("outdoor-billboard")));
        assertEquals(List.of(), roles.requiredRoles(profile("street-stall")));
        for (PlateRoleRequirement r : List.of(CityPlateRoles.GAS_SAFETY, CityPlateRoles.BILLBOARD_UPKEEP)) {
            assertFalse(PlateRoleRequirement.PLATFORM_ROLES.contains(r.code()));
        }
    }
}
