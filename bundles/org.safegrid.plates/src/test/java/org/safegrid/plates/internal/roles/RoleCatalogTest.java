package org.safegrid.plates.internal.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;

class RoleCatalogTest {

    static EnterpriseProfile profile(long id, String department) {
        return new EnterpriseProfile(id, "code" + id, "企业" + id, "sector", department, null, "baishiyi", "BLUE",
                Set.of(), 5);
    }

    static Map.Entry<Map<String, Object>, PlateRoleContributor> service(long id, int ranking, Object department,
            String... codes) {
        PlateRoleContributor contributor = e -> java.util.Arrays.stream(codes)
                .map(c -> new PlateRoleRequirement(c, LocalizedText.of("角色" + c, "Role " + c), c.endsWith("s")))
                .toList();
        return Map.entry(Map.of(Constants.SERVICE_ID, id, Constants.SERVICE_RANKING, ranking,
                PlateRoleContributor.DEPARTMENT_PROPERTY, department), contributor);
    }

    static List<String> codes(List<RequiredRole> roles) {
        return roles.stream().map(RequiredRole::code).toList();
    }

    @Test
    void withoutContributorsOnlyThePlatformsRolesAreKnown() {
        RoleCatalog catalog = new RoleCatalog();
        assertFalse(catalog.hasContributors());
        assertEquals(8, catalog.known().size());
        assertTrue(catalog.known("post-lead").orElseThrow().multiple());
        assertTrue(catalog.known("gas-officer").isEmpty());
        assertTrue(catalog.known(null).isEmpty());
    }

    @Test
    void higherRankingIsAskedFirstThenOlderService() {
        RoleCatalog catalog = new RoleCatalog(List.of(service(10, 0, "economic", "young"),
                service(5, 0, "economic", "old"), service(20, 3, "economic", "ranked"),
                service(30, 9, "emergency", "elsewhere")));
        assertEquals(List.of("regulator", "town-official", "enterprise-head", "ranked", "old", "young"),
                codes(catalog.required(profile(1, "economic"))));
    }

    @Test
    void theDepartmentPropertyMayBeAOneElementArray() {
        RoleCatalog catalog = new RoleCatalog(List.of(service(1, 0, new String[]{"economic"}, "gas-officer"),
                service(2, 0, new String[]{"economic", "emergency"}, "ambiguous"), service(3, 0, 42, "number")));
        assertEquals(List.of("regulator", "town-official", "enterprise-head", "gas-officer"),
                codes(catalog.required(profile(1, "economic"))));
        assertEquals("economic", RoleCatalog.department(Map.of("safegrid.department", List.of(" economic "))));
        assertEquals(null, RoleCatalog.department(Map.of("safegrid.department", " ")));
    }

    @Test
    void contributedRolesBecomeKnownWhenRequiredAndForgottenWithTheirService() {
        RoleCatalog catalog = new RoleCatalog(List.of(service(1, 0, "economic", "gas-officers"),
                service(2, 0, "emergency", "fire-officer")));
        assertTrue(catalog.known("gas-officers").isEmpty(), "not asked yet");

        catalog.survey(List.of(profile(1, "economic"), profile(2, "emergency")));
        RequiredRole gas = catalog.known("gas-officers").orElseThrow();
        assertEquals("economic", gas.source());
        assertTrue(gas.multiple());
        assertEquals(List.of("regulator", "town-official", "enterprise-head", "special-regulator", "management-lead",
                "technical-lead", "operation-lead", "post-lead", "gas-officers", "fire-officer"),
                codes(catalog.known()), "platform first, then by department and code");

        catalog.contributors = List.of(service(2, 0, "emergency", "fire-officer"));
        assertTrue(catalog.known("gas-officers").isEmpty(), "its contributor is gone");
        assertTrue(catalog.known("fire-officer").isPresent());
    }

    @Test
    void aFailingContributorNeverFailsThePlate() {
        PlateRoleContributor failing = e -> {
            throw new IllegalStateException("boom");
        };
        RoleCatalog catalog = new RoleCatalog(
                List.of(Map.entry(Map.of(Constants.SERVICE_ID, 1L, "safegrid.department", "economic"), failing),
                        service(2, 0, "economic", "regulator", "gas-officer")));
        for (int i = 0; i < 3; i++) { // reported once, the same answer each time
            assertEquals(List.of("regulator", "town-official", "enterprise-head", "gas-officer"),
                    codes(catalog.required(profile(i, "economic"))));
        }
    }
}
