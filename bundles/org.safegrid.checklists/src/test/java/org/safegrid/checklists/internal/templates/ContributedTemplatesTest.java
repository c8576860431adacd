package org.safegrid.checklists.internal.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ChecklistTemplateContributor;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.testing.DerbyUnit;

class ContributedTemplatesTest {

    static DerbyUnit unit;
    static TemplateStore store;
    ContributedTemplates contributed;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("templates-contributed", DerbyUnit.CHECKLISTS);
        store = new TemplateStore(unit.jpa(), Fixture.TEMPLATES_CLOCK);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
        contributed = new ContributedTemplates(store, Runnable::run);
    }

    /** A contributor whose templates the test may change, as a plug-in's new version would. */
    static final class Plugin implements ChecklistTemplateContributor {
        final AtomicReference<List<TemplateDefinition>> templates = new AtomicReference<>(List.of());

        Plugin(TemplateDefinition... definitions) {
            templates.set(List.of(definitions));
        }

        @Override
        public List<TemplateDefinition> templates() {
            return templates.get();
        }
    }

    @Test
    void storesAContributorsTemplatesWhenItAppears() {
        contributed.addContributor(new Plugin(Definitions.fuel("emergency-fuel-daily", Cadence.DAILY, "aa", "bb"),
                Definitions.fuel("emergency-fuel-monthly", Cadence.MONTHLY, "cc")), Fixture.properties(1, "emergency"));
        assertEquals(1, store.head("emergency-fuel-daily").orElseThrow().version());
        assertEquals(Cadence.MONTHLY, store.head("emergency-fuel-monthly").orElseThrow().cadence());
        assertEquals(Set.of("emergency-fuel-daily", "emergency-fuel-monthly"), contributed.codes(1));
    }

    @Test
    void aModifiedContributorStoresChangedTemplatesOnly() throws Exception {
        Plugin plugin = new Plugin(Definitions.fuel("emergency-fuel-daily", Cadence.DAILY, "aa"),
                Definitions.fuel("emergency-fuel-monthly", Cadence.MONTHLY, "cc"));
        contributed.addContributor(plugin, Fixture.properties(1, "emergency"));
        plugin.templates.set(List.of(Definitions.fuel("emergency-fuel-daily", Cadence.DAILY, "aa", "bb"),
                Definitions.fuel("emergency-fuel-monthly", Cadence.MONTHLY, "cc")));
        contributed.updatedContributor(plugin, Fixture.properties(1, "emergency"));
        assertEquals(2, store.head("emergency-fuel-daily").orElseThrow().version());
        assertEquals(1, store.head("emergency-fuel-monthly").orElseThrow().version());
        assertEquals(3, unit.count("SELECT COUNT(*) FROM SG_CHK_TEMPLATE"));
    }

    @Test
    void aRemovedContributorsTemplatesBecomeInactiveAndComeBackWithIt() {
        Plugin plugin = new Plugin(Definitions.fuel("emergency-fuel-daily", Cadence.DAILY, "aa"));
        contributed.addContributor(plugin, Fixture.properties(1, "emergency"));
        contributed.removeContributor(plugin, Fixture.properties(1, "emergency"));
        assertFalse(store.head("emergency-fuel-daily").orElseThrow().active());
        assertTrue(store.version("emergency-fuel-daily", 1).isPresent(), "versions are kept");
        // the plug-in is installed again (a new service)
        contributed.addContributor(plugin, Fixture.properties(2, "emergency"));
        assertTrue(store.head("emergency-fuel-daily").orElseThrow().active());
        assertEquals(1, store.head("emergency-fuel-daily").orElseThrow().version());
    }

    @Test
    void aTemplateDroppedByANewVersionOfThePluginBecomesInactive() {
        Plugin plugin = new Plugin(Definitions.fuel("emergency-a", Cadence.DAILY, "aa"),
                Definitions.fuel("emergency-b", Cadence.DAILY, "bb"));
        contributed.addContributor(plugin, Fixture.properties(1, "emergency"));
        plugin.templates.set(List.of(Definitions.fuel("emergency-a", Cadence.DAILY, "aa")));
        contributed.updatedContributor(plugin, Fixture.properties(1, "emergency"));
        assertTrue(store.head("emergency-a").orElseThrow().active());
        assertFalse(store.head("emergency-b").orElseThrow().active());
    }

    @Test
    void theFirstDepartmentToContributeACodeKeepsIt() {
        contributed.addContributor(new Plugin(Definitions.fuel("shared-code", Cadence.DAILY, "aa")),
                Fixture.properties(1, "emergency"));
        contributed.addContributor(new Plugin(Definitions.fuel("shared-code", Cadence.WEEKLY, "xx"),
                Definitions.fuel("planning-own", Cadence.WEEKLY, "yy")), Fixture.properties(2, "planning"));
        var head = store.head("shared-code").orElseThrow();
        assertEquals("emergency", head.department());
        assertEquals(Cadence.DAILY, head.cadence());
        assertEquals(1, head.version());
        assertEquals(Set.of("planning-own"), contributed.codes(2), "its other templates are stored");
        // the same code from a second service of the same department: the first service keeps it too
        contributed.addContributor(new Plugin(Definitions.fuel("shared-code", Cadence.DAILY, "aa", "zz")),
                Fixture.properties(3, "emergency"));
        assertEquals(1, store.head("shared-code").orElseThrow().version());
        assertEquals(Set.of(), contributed.codes(3));
    }

    @Test
    void aFailingOrBrokenContributorChangesNothingElse() throws Exception {
        contributed.addContributor(() -> {
            throw new IllegalStateException("broken plug-in");
        }, Fixture.properties(1, "emergency"));
        contributed.addContributor(new Plugin(Definitions.fuel("emergency-a", Cadence.DAILY, "aa")),
                Fixture.properties(2, "Bad Department!"));
        String tooLong = "很长".repeat(300);
        TemplateDefinition oversized = new TemplateDefinition("emergency-long", LocalizedText.of("长", "Long"),
                Cadence.DAILY, Set.of(), Set.of(), List.of(new ItemDefinition("aa", LocalizedText.of(tooLong, "long"),
                        ItemCategory.PEOPLE, "《安全生产法》", SeverityHint.GENERAL)));
        contributed.addContributor(new Plugin(oversized, Definitions.fuel("emergency-ok", Cadence.DAILY, "aa")),
                Fixture.properties(3, "emergency"));
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_CHK_TEMPLATE"));
        assertTrue(store.head("emergency-ok").isPresent());
    }
}
