package org.safegrid.dept.agriculture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;

class AgriculturePlateRolesTest {

    static EnterpriseProfile profile(String sector) {
        return new EnterpriseProfile(1, "91500106000000001X", "x", sector, "agriculture", null, "v1", "BLUE",
                Set.of(), 3);
    }

    @Test
    void reservoirsNameTheirTechnicalAndPatrolPersonsAndForestsTheirFireLead() {
        List<PlateRoleRequirement> roles = new AgriculturePlateRoles().requiredRoles(profile("water-works"));
        assertEquals(List.of("dam-technical", "dam-patrol"), roles.stream().map(PlateRoleRequirement::code).toList());
        assertEquals(List.of(AgriculturePlateRoles.FOREST_FIRE), new AgriculturePlateRoles()
                .requiredRoles(profile("forest")));
        assertEquals(List.of(), new AgriculturePlateRoles().requiredRoles(profile("farm-machinery")));
    }

    @Test
    void noRoleReusesAPlatformCode() {
        for (PlateRoleRequirement role : List.of(AgriculturePlateRoles.DAM_PATROL, AgriculturePlateRoles.DAM_TECHNICAL,
                AgriculturePlateRoles.FOREST_FIRE)) {
            assertFalse(PlateRoleRequirement.PLATFORM_ROLES.contains(role.code()), role.code());
        }
    }
}
