package org.safegrid.dept.emergency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.TemplateDefinition;

class EmergencyChecklistsTest {

    @Test
    void fuelStationsGetTheDailyListAndChemicalsTheMonthlyOne() {
        assertTrue(EmergencyChecklists.FUEL_STATION_DAILY.appliesTo("fuel-station", Set.of()));
        assertTrue(EmergencyChecklists.FUEL_STATION_DAILY.appliesTo("gas-filling-station", Set.of("HIGH_FIRE_RISK")));
        assertFalse(EmergencyChecklists.FUEL_STATION_DAILY.appliesTo("hazardous-chemicals", Set.of()));
        assertTrue(EmergencyChecklists.HAZARDOUS_CHEMICALS_MONTHLY.appliesTo("hazardous-chemicals", Set.of()));
    }

    @Test
    void everyTemplateCoversTheFiveAspectsOrMostOfThemWithCodesPrefixedByTheDepartment() {
        for (TemplateDefinition template : new EmergencyChecklists().templates()) {
            assertTrue(template.code().startsWith(EmergencyDepartment.ID + "-"), template.code());
            Set<ItemCategory> categories = template.items()
                    .stream()
                    .map(ItemDefinition::category)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemCategory.class)));
            assertTrue(categories.size() >= 4, template.code() + " covers " + categories);
        }
        assertEquals(2, new EmergencyChecklists().templates().size());
    }

    @Test
    void everyTemplateHasAtLeastEightItemsEachWithALegalBasisAndBothLanguages() {
        Set<String> codes = new java.util.HashSet<>();
        for (TemplateDefinition template : new EmergencyChecklists().templates()) {
            assertTrue(codes.add(template.code()), "template code twice: " + template.code());
            assertTrue(template.items().size() >= 8, template.code() + " has " + template.items().size() + " items");
            Set<String> itemCodes = new java.util.HashSet<>();
            for (ItemDefinition item : template.items()) {
                assertTrue(itemCodes.add(item.code()), item.code());
                assertTrue(item.legalBasis().matches(".*(《.+》|GB \\d+|AQ \\d+).*"),
                        item.code() + ": " + item.legalBasis());
                assertFalse(item.text().zh().equals(item.text().en()), item.code());
            }
        }
    }
}
