package org.safegrid.dept.economic.internal.templates;

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
import org.safegrid.dept.economic.internal.EconomicChecklists;

class EconomicChecklistsTest {

    /** The sectors the enterprises change log seeds for the economic office. */
    static final Set<String> ECONOMIC_SECTORS = Set.of("factory", "specialised-market", "commercial-complex",
            "gas-company");

    final List<TemplateDefinition> templates = new EconomicChecklists().templates();

    @Test
    void codesAreUniqueAndPrefixed() {
        Set<String> codes = new HashSet<>();
        for (TemplateDefinition t : templates) {
            assertTrue(codes.add(t.code()), "twice: " + t.code());
            assertTrue(t.code().startsWith("economic-"), t.code());
        }
        assertEquals(6, codes.size());
    }

    @Test
    void everyTemplateHasEightItemsWithALegalBasis() {
        for (TemplateDefinition t : templates) {
            assertTrue(t.items().size() >= 8, t.code() + " has " + t.items().size() + " items");
            for (ItemDefinition item : t.items()) {
                String basis = item.legalBasis();
                assertTrue(basis.contains("《") || basis.startsWith("GB "), t.code() + "/" + item.code() + ": " + basis);
                assertFalse(item.text().zh().isBlank() || item.text().en().isBlank(), item.code());
            }
        }
    }

    @Test
    void templatesTargetTheSeededSectorsOfTheOffice() {
        Set<String> covered = new HashSet<>();
        for (TemplateDefinition t : templates) {
            assertFalse(t.sectors().isEmpty(), t.code() + " would apply to every sector");
            assertTrue(ECONOMIC_SECTORS.containsAll(t.sectors()), t.code() + " targets " + t.sectors());
            covered.addAll(t.sectors());
        }
        assertEquals(ECONOMIC_SECTORS, covered);
    }

    @Test
    void factoriesHaveDailyAndMonthlyChecks() {
        assertEquals(Cadence.DAILY, FactoryTemplates.DAILY.cadence());
        assertEquals(Cadence.MONTHLY, FactoryTemplates.MONTHLY.cadence());
        assertTrue(FactoryTemplates.DAILY.appliesTo("factory", Set.of()));
        assertFalse(FactoryTemplates.DAILY.appliesTo("commercial-complex", Set.of()));
        assertTrue(MarketTemplates.MARKET_FIRE_DAILY.appliesTo("commercial-complex", Set.of("HIGH_FIRE_RISK")));
    }
}
