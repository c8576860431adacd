package org.safegrid.dept.agriculture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class AgricultureChecklistsTest {

    final List<TemplateDefinition> templates = new AgricultureChecklists().templates();

    @Test
    void eachSupervisedSectorGetsItsTemplate() {
        assertTrue(AgricultureChecklists.FARM_MACHINERY_MONTHLY.appliesTo("farm-machinery", Set.of()));
        assertTrue(AgricultureChecklists.RESERVOIR_WEEKLY.appliesTo("water-works", Set.of()));
        assertTrue(AgricultureChecklists.FOREST_FIRE_WEEKLY.appliesTo("forest", Set.of("HIGH_FIRE_RISK")));
        assertFalse(AgricultureChecklists.FOREST_FIRE_WEEKLY.appliesTo("water-works", Set.of()));
        assertEquals(Cadence.MONTHLY, AgricultureChecklists.FARM_MACHINERY_MONTHLY.cadence());
        assertEquals(Cadence.WEEKLY, AgricultureChecklists.RESERVOIR_WEEKLY.cadence());
    }

    @Test
    void codesAreUniqueAndPrefixedAndEveryItemHasALegalBasis() {
        Set<String> codes = new HashSet<>();
        for (TemplateDefinition template : templates) {
            assertTrue(codes.add(template.code()), "twice: " + template.code());
            assertTrue(template.code().startsWith(AgricultureDepartment.ID + "-"), template.code());
            assertTrue(template.items().size() >= 8, template.code() + " has " + template.items().size() + " items");
            for (ItemDefinition item : template.items()) {
                assertTrue(item.legalBasis().matches(".*(《.+》|GB \\d).*"),
                        template.code() + "/" + item.code() + ": " + item.legalBasis());
                assertFalse(item.text().zh().isBlank() || item.text().en().isBlank());
            }
            Set<ItemCategory> categories = template.items()
                    .stream()
                    .map(ItemDefinition::category)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemCategory.class)));
            assertEquals(EnumSet.allOf(ItemCategory.class), categories, template.code() + " covers " + categories);
        }
        assertEquals(3, codes.size());
    }

    @Test
    void theRulesReadItemCodesThatExist() {
        Set<String> forest = codes(AgricultureChecklists.FOREST_FIRE_WEEKLY);
        assertTrue(forest.containsAll(Set.of("no-field-fire", "checkpoint", "equipment")), forest.toString());
        Set<String> machinery = codes(AgricultureChecklists.FARM_MACHINERY_MONTHLY);
        assertTrue(machinery.containsAll(Set.of("brakes", "registration", "operator-licence", "scrapped")));
    }

    static Set<String> codes(TemplateDefinition template) {
        return template.items().stream().map(ItemDefinition::code).collect(Collectors.toSet());
    }
}
