package org.safegrid.plates.print.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.plates.print.internal.Samples;

class RoleGroupTest {

    @Test
    void printOrderIsTheThreeResponsiblePersonsThenSpecialThenLevelsThenPostsThenDepartmentRoles() {
        List<RoleGroup> groups = RoleGroup.of(Samples.plate("李强", 2));

        assertEquals(List.of("regulator", "town-official", "enterprise-head", "special-regulator", "management-lead",
                "technical-lead", "operation-lead", "post-lead", "gas-safety-officer"),
                groups.stream().map(RoleGroup::code).toList());
    }

    @Test
    void eachGroupHoldsItsPeopleAndARoleNobodyHoldsIsMissing() {
        List<RoleGroup> groups = RoleGroup.of(Samples.plate("李强", 2));

        assertEquals("李强", groups.get(0).persons().get(0).name());
        assertTrue(groups.get(1).missing(), "town official");
        assertFalse(groups.get(2).missing());
        RoleGroup posts = groups.get(7);
        assertEquals(2, posts.persons().size());
        assertEquals("岗位责任人（卸油口）", posts.label(posts.persons().get(0)));
        assertEquals("监管责任人", groups.get(0).label(groups.get(0).persons().get(0)));
        assertTrue(groups.get(8).missing(), "the department's role");
    }

    @Test
    void peopleInRolesThePlateNoLongerRequiresAreLeftOff() {
        List<RoleGroup> groups = RoleGroup.of(Samples.plate("李强", 0));

        assertTrue(groups.stream().flatMap(g -> g.persons().stream()).noneMatch(p -> p.name().equals("郑旧")));
        assertEquals(6, groups.stream().mapToInt(g -> g.persons().size()).sum());
    }

    @Test
    void riskStylesNameTheFourColours() {
        assertEquals("红色 · 重大风险", RiskStyle.of(org.safegrid.enterprises.api.RiskLevel.RED).label());
        assertEquals("#d32f2f", RiskStyle.of(org.safegrid.enterprises.api.RiskLevel.RED).css());
        assertEquals("橙色 · 较大风险", RiskStyle.of(org.safegrid.enterprises.api.RiskLevel.ORANGE).label());
        assertEquals("黄色 · 一般风险", RiskStyle.of(org.safegrid.enterprises.api.RiskLevel.YELLOW).label());
        assertEquals("#222222", RiskStyle.of(org.safegrid.enterprises.api.RiskLevel.YELLOW).textCss());
        assertEquals("蓝色 · 低风险", RiskStyle.of(org.safegrid.enterprises.api.RiskLevel.BLUE).label());
        assertEquals("未评定", RiskStyle.of(null).label());
    }
}
