package org.safegrid.dept.citymgmt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.checklist.TemplateDefinition;

class CityChecklistsTest {

    @Test
    void restaurantsDailyBillboardsMonthlyStallsWeekly() {
        assertEquals(Cadence.DAILY, CityChecklists.CATERING_GAS_DAILY.cadence());
        assertEquals(Cadence.MONTHLY, CityChecklists.BILLBOARD_MONTHLY.cadence());
        assertEquals(Cadence.WEEKLY, CityChecklists.STREET_STALL_WEEKLY.cadence());
        assertTrue(CityChecklists.CATERING_GAS_DAILY.appliesTo("catering", Set.of()));
        assertTrue(CityChecklists.BILLBOARD_MONTHLY.appliesTo("outdoor-billboard", Set.of()));
        assertTrue(CityChecklists.STREET_STALL_WEEKLY.appliesTo("street-stall", Set.of()));
        assertFalse(CityChecklists.CATERING_GAS_DAILY.appliesTo("street-stall", Set.of()));
    }

    @Test
    void theGasAlarmItemIsThereAndMajor() {
        ItemDefinition alarm = CityChecklists.CATERING_GAS_DAILY.items()
                .stream()
                .filter(i -> i.code().equals(CityChecklists.GAS_ALARM_ITEM))
                .findFirst()
                .orElseThrow();
        assertEquals(SeverityHint.MAJOR, alarm.severityHint());
        assertEquals(ItemCategory.EQUIPMENT, alarm.category());
        Set<String> billboard = CityChecklists.BILLBOARD_MONTHLY.items()
                .stream()
                .map(ItemDefinition::code)
                .collect(Collectors.toSet());
        assertTrue(billboard.containsAll(Set.of("structure", "anchorage", "panels")), "the structure rule reads these");
    }

    @Test
    void codesAreUniqueAndPrefixedAndEveryItemHasALegalBasis() {
        Set<String> codes = new HashSet<>();
        for (TemplateDefinition template : new CityChecklists().templates()) {
            assertTrue(codes.add(template.code()));
            assertTrue(template.code().startsWith(CityDepartment.ID + "-"), template.code());
            assertTrue(template.items().size() >= 8, template.code());
            for (ItemDefinition item : template.items()) {
                assertTrue(item.legalBasis().matches(".*(《.+》|GB \\d).*"),
                        template.code() + "/" + item.code() + ": " + item.legalBasis());
            }
            Set<ItemCategory> categories = template.items()
                    .stream()
                    .map(ItemDefinition::category)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemCategory.class)));
            assertEquals(EnumSet.allOf(ItemCategory.class), categories, template.code());
        }
        assertEquals(3, codes.size());
    }
}
