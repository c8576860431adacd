package org.safegrid.dept.planning.internal.checklists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.TemplateDefinition;

class PlanningChecklistsTest {

    private final List<TemplateDefinition> templates = new PlanningChecklists().templates();

    @Test
    void weeklyForConstructionSitesMonthlyForHouses() {
        assertEquals(Cadence.WEEKLY, ConstructionSiteWeekly.TEMPLATE.cadence());
        assertTrue(ConstructionSiteWeekly.TEMPLATE.appliesTo("construction-site", Set.of()));
        assertFalse(ConstructionSiteWeekly.TEMPLATE.appliesTo("self-built-house", Set.of()));
        assertEquals(Cadence.MONTHLY, HouseMonthly.TEMPLATE.cadence());
        assertTrue(HouseMonthly.TEMPLATE.appliesTo("self-built-house", Set.of()));
        assertTrue(HouseMonthly.TEMPLATE.appliesTo("housing", Set.of("HIGH_FIRE_RISK")));
        assertFalse(HouseMonthly.TEMPLATE.appliesTo("construction-site", Set.of()));
        assertEquals(Cadence.MONTHLY, PropertyEstateMonthly.TEMPLATE.cadence());
        assertTrue(PropertyEstateMonthly.TEMPLATE.appliesTo("property-estate", Set.of("SPECIAL_EQUIPMENT")));
        assertEquals(3, templates.size());
    }

    @Test
    void codesAreUniqueAndPrefixedAndEveryItemHasALegalBasis() {
        Set<String> codes = new HashSet<>();
        for (TemplateDefinition template : templates) {
            assertTrue(codes.add(template.code()), template.code());
            assertTrue(template.code().startsWith("planning-"), template.code());
            assertTrue(template.items().size() >= 8, template.code() + ": " + template.items().size());
            Set<String> items = new HashSet<>();
            for (ItemDefinition item : template.items()) {
                assertTrue(items.add(item.code()), item.code());
                assertTrue(item.legalBasis().matches(".*(《.+》|JGJ \\d+|GB \\d+|〔\\d{4}〕\\d+号).*"),
                        item.code() + ": " + item.legalBasis());
                assertNotEquals(item.text().zh(), item.text().en());
            }
            Set<ItemCategory> categories = template.items()
                    .stream()
                    .map(ItemDefinition::category)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemCategory.class)));
            assertEquals(EnumSet.allOf(ItemCategory.class), categories, template.code() + " covers all five aspects");
        }
    }

    @Test
    void theRulesItemSetsNameRealItems() {
        Set<String> site = ConstructionSiteWeekly.TEMPLATE.items()
                .stream()
                .map(ItemDefinition::code)
                .collect(Collectors.toSet());
        assertTrue(site.containsAll(ConstructionSiteWeekly.HIGH_RISK_ITEMS));
        Set<String> house = HouseMonthly.TEMPLATE.items()
                .stream()
                .map(ItemDefinition::code)
                .collect(Collectors.toSet());
        assertTrue(house.containsAll(HouseMonthly.STRUCTURAL_ITEMS));
    }
}
