package org.safegrid.dept.culture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.MenuEntry;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;

/** The descriptor, the templates and the plate roles. */
class CultureModuleTest {

    static final Set<String> CULTURE_SECTORS = Set.of("scenic-spot", "entertainment-venue", "school-surroundings",
            "large-event");

    @Test
    void theDashboardComesFirstThenTheEvents() {
        DepartmentDescriptor d = new CultureDepartment().descriptor();
        assertEquals("culture", d.id());
        assertEquals("文服中心", d.name().zh());
        assertEquals(List.of("dashboard", "events"), d.menu().stream().map(MenuEntry::route).toList());
        assertEquals("Dashboard", d.menu().get(0).label().en());
        assertEquals("culture:view", d.menu().get(1).permission());
    }

    @Test
    void templateCodesAreUniqueAndEveryItemHasALegalBasis() {
        Set<String> codes = new HashSet<>();
        for (TemplateDefinition t : new CultureChecklists().templates()) {
            assertTrue(codes.add(t.code()), t.code());
            assertTrue(t.code().startsWith("culture-"), t.code());
            assertTrue(t.items().size() >= 8, t.code() + " has " + t.items().size());
            assertFalse(t.sectors().isEmpty());
            assertTrue(CULTURE_SECTORS.containsAll(t.sectors()), t.code() + " " + t.sectors());
            for (ItemDefinition item : t.items()) {
                assertTrue(item.legalBasis().contains("《") || item.legalBasis().startsWith("GB "),
                        t.code() + "/" + item.code());
            }
        }
        assertEquals(5, codes.size());
    }

    @Test
    void scenicSpotsAndVenuesHaveDailyAndMonthlyChecks() {
        Set<String> daily = new HashSet<>();
        Set<String> monthly = new HashSet<>();
        for (TemplateDefinition t : CultureChecklists.all()) {
            (t.cadence() == Cadence.DAILY ? daily : t.cadence() == Cadence.MONTHLY ? monthly : new HashSet<String>())
                    .addAll(t.sectors());
        }
        assertEquals(Set.of("scenic-spot", "entertainment-venue"), daily);
        assertEquals(Set.of("scenic-spot", "entertainment-venue"), monthly);
    }

    @Test
    void crowdedPlacesNameAFireSafetyManagerAndRidesASpecialEquipmentManager() {
        CulturePlateRoles roles = new CulturePlateRoles();
        EnterpriseProfile venue = new EnterpriseProfile(1, "X", "KTV", "entertainment-venue", "culture", null, "V01",
                "YELLOW", Set.of(), 20);
        EnterpriseProfile park = new EnterpriseProfile(2, "X", "乐园", "scenic-spot", "culture", null, "V01", "YELLOW",
                Set.of("SPECIAL_EQUIPMENT"), 80);
        EnterpriseProfile school = new EnterpriseProfile(3, "X", "小学", "school-surroundings", "culture", null, "V01",
                "BLUE", Set.of(), 80);
        assertEquals(List.of(CulturePlateRoles.FIRE_SAFETY_MANAGER), roles.requiredRoles(venue));
        assertEquals(List.of(CulturePlateRoles.FIRE_SAFETY_MANAGER, CulturePlateRoles.SPECIAL_EQUIPMENT_MANAGER),
                roles.requiredRoles(park));
        assertEquals(List.of(), roles.requiredRoles(school));
        for (PlateRoleRequirement r : roles.requiredRoles(park)) {
            assertFalse(PlateRoleRequirement.PLATFORM_ROLES.contains(r.code()));
        }
    }
}
