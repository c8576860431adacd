package org.safegrid.plates.internal.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;

class RoleRulesTest {

    static final List<String> THREE = List.of("regulator", "town-official", "enterprise-head");
    static final List<String> LEVELS = List.of("management-lead", "technical-lead", "operation-lead", "post-lead");

    static EnterpriseProfile profile(String department, String risk, String... flags) {
        return new EnterpriseProfile(7, "91500106000000007X", "企业7", "fuel-station", department, null, "baishiyi",
                risk, Set.of(flags), 12);
    }

    static List<String> codes(List<RequiredRole> roles) {
        return roles.stream().map(RequiredRole::code).toList();
    }

    static PlateRoleRequirement role(String code) {
        return PlateRoleRequirement.single(code, LocalizedText.of("角色" + code, "Role " + code));
    }

    @ParameterizedTest(name = "risk {0}, flags [{1}]: special {2}, levels {3}")
    @CsvSource({
            "BLUE,,false,false",
            "YELLOW,ABOVE_SCALE,false,false",
            "ORANGE,HIGH_FIRE_RISK,true,false",
            "ORANGE,SPECIAL_EQUIPMENT,true,false",
            "BLUE,HIGH_FIRE_RISK SPECIAL_EQUIPMENT,true,false",
            "RED,,false,true",
            "YELLOW,MAJOR_HAZARD_SOURCE,false,true",
            "RED,MAJOR_HAZARD_SOURCE,false,true",
            "RED,HIGH_FIRE_RISK,true,true",
            "BLUE,MAJOR_HAZARD_SOURCE SPECIAL_EQUIPMENT ABOVE_SCALE,true,true"})
    void platformRolesFollowRiskAndFlags(String risk, String flags, boolean special, boolean levels) {
        String[] set = flags == null ? new String[0] : flags.split(" ");
        List<String> codes = codes(RoleRules.required(profile("emergency", risk, set), List.of()).roles());

        List<String> expected = new java.util.ArrayList<>(THREE);
        if (special) {
            expected.add("special-regulator");
        }
        if (levels) {
            expected.addAll(LEVELS);
        }
        assertEquals(expected, codes, "in display order");
    }

    @Test
    void onlyPostLeadsMayBeSeveral() {
        List<RequiredRole> roles = RoleRules.platformRoles(profile("emergency", "RED", "HIGH_FIRE_RISK"));
        assertEquals(8, roles.size());
        for (RequiredRole role : roles) {
            assertEquals(role.code().equals("post-lead"), role.multiple(), role.code());
            assertEquals("platform", role.source());
        }
        assertEquals("岗位责任人", PlatformRoles.role("post-lead").name().zh());
        assertEquals("Regulator", PlatformRoles.role("regulator").name().en());
    }

    @Test
    void contributorsOfTheFirstRegulatingDepartmentOnly() {
        PlateRoleContributor gasOfficer = e -> List.of(role("gas-officer"));
        PlateRoleContributor fireOfficer = e -> List.of(role("fire-officer"));
        List<RoleRules.Contributor> contributors = List.of(new RoleRules.Contributor(1, "economic", gasOfficer),
                new RoleRules.Contributor(2, "emergency", fireOfficer));
        EnterpriseProfile regulatedByEmergency = new EnterpriseProfile(7, "x", "n", "s", "emergency", "economic",
                "v", "BLUE", Set.of(), 3);

        RoleRules.Result result = RoleRules.required(regulatedByEmergency, contributors);

        assertEquals(List.of("regulator", "town-official", "enterprise-head", "fire-officer"), codes(result.roles()),
                "the second department's contributor is not asked");
        RequiredRole fire = result.roles().get(3);
        assertEquals("emergency", fire.source());
        assertEquals(2L, result.contributedBy().get("fire-officer"));
        assertTrue(result.problems().isEmpty());
    }

    @Test
    void anEnterpriseWithoutDepartmentAsksNobody() {
        PlateRoleContributor any = e -> List.of(role("anything"));
        var result = RoleRules.required(profile(null, "BLUE"), List.of(new RoleRules.Contributor(1, null, any)));
        assertEquals(THREE, codes(result.roles()));
    }

    @Test
    void badContributionsAreLeftOutAndReported() {
        PlateRoleContributor reusesPlatform = e -> List.of(role("regulator"), role("safety-officer"));
        PlateRoleContributor twice = e -> List.of(role("safety-officer"), role("gas-officer"), role("gas-officer"));
        PlateRoleContributor throwing = e -> {
            throw new IllegalStateException("boom");
        };
        PlateRoleContributor nulls = e -> null;
        PlateRoleContributor nullRole = e -> java.util.Arrays.asList((PlateRoleRequirement) null);
        List<RoleRules.Contributor> contributors = List.of(new RoleRules.Contributor(1, "emergency", reusesPlatform),
                new RoleRules.Contributor(2, "emergency", throwing), new RoleRules.Contributor(3, "emergency", twice),
                new RoleRules.Contributor(4, "emergency", nulls), new RoleRules.Contributor(5, "emergency", nullRole));

        RoleRules.Result result = RoleRules.required(profile("emergency", "BLUE"), contributors);

        assertEquals(List.of("regulator", "town-official", "enterprise-head", "safety-officer", "gas-officer"),
                codes(result.roles()));
        assertEquals(1L, result.contributedBy().get("safety-officer"), "the first contribution wins");
        assertEquals(3L, result.contributedBy().get("gas-officer"));
        assertEquals(List.of("1:platform:regulator", "2:threw:java.lang.IllegalStateException",
                "3:twice:safety-officer", "3:twice:gas-officer", "5:null"),
                result.problems().stream().map(RoleRules.Problem::key).toList());
        assertTrue(result.problems().get(1).cause() instanceof IllegalStateException);
        assertTrue(result.problems().get(0).message().contains("regulator"));
    }
}
