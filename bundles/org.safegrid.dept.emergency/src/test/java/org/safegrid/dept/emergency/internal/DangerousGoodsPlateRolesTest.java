package org.safegrid.dept.emergency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;

class DangerousGoodsPlateRolesTest {

    private static EnterpriseProfile in(String sector) {
        return new EnterpriseProfile(1, "91500106000000001X", "某企业", sector, "emergency", null, "v", "YELLOW", Set.of(),
                10);
    }

    @Test
    void asksForASafetyOfficerWhereDangerousGoodsAreHandled() {
        DangerousGoodsPlateRoles roles = new DangerousGoodsPlateRoles();
        assertEquals(List.of(DangerousGoodsPlateRoles.SAFETY_OFFICER), roles.requiredRoles(in("hazardous-chemicals")));
        assertEquals(List.of(DangerousGoodsPlateRoles.SAFETY_OFFICER), roles.requiredRoles(in("fuel-station")));
        assertEquals(List.of(), roles.requiredRoles(in("industry-trade")));
    }
}
