package org.safegrid.dept.economic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;

class EconomicPlateRolesTest {

    final EconomicPlateRoles roles = new EconomicPlateRoles();

    static EnterpriseProfile profile(String sector, String... flags) {
        return new EnterpriseProfile(1, "X", "某企业", sector, "economic", null, "V01", "YELLOW", Set.of(flags), 50);
    }

    @Test
    void aboveScaleNamesItsChiefEngineer() {
        assertEquals(List.of(EconomicPlateRoles.CHIEF_ENGINEER),
                roles.requiredRoles(profile("factory", "ABOVE_SCALE")));
    }

    @Test
    void marketsNameTheirFireSafetyManagerAndAboveScaleOnesBoth() {
        assertEquals(List.of(EconomicPlateRoles.FIRE_SAFETY_MANAGER),
                roles.requiredRoles(profile("specialised-market")));
        List<PlateRoleRequirement> both = roles.requiredRoles(profile("commercial-complex", "ABOVE_SCALE"));
        assertEquals(List.of(EconomicPlateRoles.CHIEF_ENGINEER, EconomicPlateRoles.FIRE_SAFETY_MANAGER), both);
    }

    @Test
    void aSmallFactoryNeedsNothingExtraAndNoCodeClashesWithThePlatform() {
        assertEquals(List.of(), roles.requiredRoles(profile("factory")));
        for (PlateRoleRequirement r : List.of(EconomicPlateRoles.CHIEF_ENGINEER,
                EconomicPlateRoles.FIRE_SAFETY_MANAGER)) {
            assertEquals(false, PlateRoleRequirement.PLATFORM_ROLES.contains(r.code()));
        }
    }
}
