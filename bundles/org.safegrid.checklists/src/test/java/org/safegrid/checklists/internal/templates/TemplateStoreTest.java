package org.safegrid.checklists.internal.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.internal.model.Sources;
import org.safegrid.checklists.internal.model.TemplateDraft;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.testing.DerbyUnit;

class TemplateStoreTest {

    static DerbyUnit unit;
    static TemplateStore store;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("templates-store", DerbyUnit.CHECKLISTS);
        store = new TemplateStore(unit.jpa(), Fixture.TEMPLATES_CLOCK);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static TemplateDraft fuel(String... items) {
        return Definitions.draft("emergency-fuel", Cadence.DAILY, "emergency", items);
    }

    @Test
    void theFirstContributionIsVersionOne() {
        Saved saved = store.contribute(fuel("aa", "bb"), "plugin:emergency");
        assertEquals(Outcome.STORED, saved.outcome());
        Template t = store.latest("emergency-fuel").orElseThrow();
        assertEquals(1, t.version());
        assertEquals(Sources.CONTRIBUTED, t.source());
        assertEquals("emergency", t.department());
        assertTrue(t.active());
        assertEquals(List.of("aa", "bb"), t.items().stream().map(TemplateItem::code).toList());
        assertEquals(Set.of("fuel-station"), t.sectors());
        assertEquals("plugin:emergency", t.createdBy());
        assertEquals(Fixture.TEMPLATES_CLOCK.instant(), t.createdAt());
    }

    @Test
    void theSameDefinitionStoresNothing() throws Exception {
        store.contribute(fuel("aa", "bb"), "plugin:emergency");
        assertEquals(Outcome.UNCHANGED, store.contribute(fuel("aa", "bb"), "plugin:emergency").outcome());
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_CHK_TEMPLATE"));
        assertEquals(2, unit.count("SELECT COUNT(*) FROM SG_CHK_ITEM"));
    }

    @Test
    void aChangedDefinitionIsTheNextVersionAndThePastOneStays() {
        store.contribute(fuel("aa", "bb"), "plugin:emergency");
        Saved saved = store.contribute(fuel("aa", "bb", "cc"), "plugin:emergency");
        assertEquals(Outcome.STORED, saved.outcome());
        assertEquals(2, saved.template().version());
        assertEquals(3, store.latest("emergency-fuel").orElseThrow().items().size());
        Template first = store.version("emergency-fuel", 1).orElseThrow();
        assertEquals(List.of("aa", "bb"), first.items().stream().map(TemplateItem::code).toList());
        // the order of items is part of the definition
        assertEquals(Outcome.STORED, store.contribute(fuel("cc", "bb", "aa"), "plugin:emergency").outcome());
        assertEquals(3, store.head("emergency-fuel").orElseThrow().version());
        TemplateHead head = store.heads().get(0);
        assertEquals(3, head.version());
        assertEquals(Fixture.TEMPLATES_CLOCK.instant(), head.firstCreatedAt());
    }

    @Test
    void aChangedItemTextIsAChange() {
        store.contribute(fuel("aa"), "plugin:emergency");
        TemplateDraft changed = new TemplateDraft("emergency-fuel", "清单emergency-fuel", "Checklist emergency-fuel",
                Cadence.DAILY, Set.of("fuel-station"), Set.of(), "emergency",
                List.of(new TemplateItem("aa", "检查a（新）", "Check a", ItemCategory.EQUIPMENT, "《安全生产法》第四十一条",
                        SeverityHint.GENERAL)));
        assertEquals(Outcome.STORED, store.contribute(changed, "plugin:emergency").outcome());
        assertEquals("检查aa", store.version("emergency-fuel", 1).orElseThrow().items().get(0).text());
    }

    @Test
    void anotherDepartmentsCodeIsAConflict() {
        store.contribute(fuel("aa"), "plugin:emergency");
        Saved saved = store.contribute(Definitions.draft("emergency-fuel", Cadence.DAILY, "planning", "xx"),
                "plugin:planning");
        assertEquals(Outcome.CONFLICT, saved.outcome());
        assertEquals("emergency", saved.current().department());
        assertEquals(1, store.head("emergency-fuel").orElseThrow().version());
    }

    @Test
    void anInactiveTemplateContributedAgainIsActive() {
        store.contribute(fuel("aa"), "plugin:emergency");
        assertFalse(store.setActive("emergency-fuel", false).orElseThrow().active());
        assertFalse(store.latest("emergency-fuel").orElseThrow().active());
        assertEquals(Outcome.REACTIVATED, store.contribute(fuel("aa"), "plugin:emergency").outcome());
        assertTrue(store.latest("emergency-fuel").orElseThrow().active());
        assertTrue(store.setActive("no-such", true).isEmpty());
    }

    @Test
    void customTemplatesAreCreatedOnceAndEditedIntoNewVersions() {
        TemplateDraft draft = Definitions.draft("town-stalls", Cadence.WEEKLY, "citymgmt", "gas");
        assertEquals(Outcome.STORED, store.create(draft, "li").outcome());
        assertEquals(Outcome.CONFLICT, store.create(draft, "wang").outcome());
        assertEquals(Outcome.UNCHANGED, store.update(draft, "li", 1, t -> {
        }).outcome());
        TemplateDraft changed = Definitions.draft("town-stalls", Cadence.WEEKLY, "citymgmt", "gas", "exits");
        assertEquals(Outcome.STALE, store.update(changed, "li", 5, t -> {
        }).outcome());
        Saved saved = store.update(changed, "li", null, t -> {
        });
        assertEquals(Outcome.STORED, saved.outcome());
        assertEquals(2, saved.template().version());
        assertEquals(Sources.CUSTOM, saved.template().source());
        assertEquals("li", saved.template().createdBy());
        assertEquals(Outcome.NOT_FOUND, store.update(Definitions.draft("nothing", Cadence.DAILY, "citymgmt", "aa"),
                "li", null, t -> {
                }).outcome());
    }

    @Test
    void aContributedTemplateCannotBeEditedNorTakenByACustomOne() {
        store.contribute(fuel("aa"), "plugin:emergency");
        assertEquals(Outcome.CONTRIBUTED, store.update(fuel("aa", "bb"), "admin", null, t -> {
        }).outcome());
        assertEquals(Outcome.CONFLICT, store.create(fuel("aa"), "admin").outcome());
        // and a plug-in cannot take a custom template's code
        store.create(Definitions.draft("town-stalls", Cadence.WEEKLY, "citymgmt", "gas"), "li");
        assertEquals(Outcome.CONFLICT, store.contribute(Definitions.draft("town-stalls", Cadence.WEEKLY, "citymgmt",
                "gas"), "plugin:citymgmt").outcome());
    }

    @Test
    void aGuardMayRefuseAnEditAndNothingIsStored() throws Exception {
        TemplateDraft draft = Definitions.draft("town-stalls", Cadence.WEEKLY, "citymgmt", "gas");
        store.create(draft, "li");
        TemplateDraft changed = Definitions.draft("town-stalls", Cadence.WEEKLY, "citymgmt", "gas", "exits");
        assertThrows(IllegalStateException.class, () -> store.update(changed, "li", null, t -> {
            throw new IllegalStateException("no");
        }));
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_CHK_TEMPLATE"));
    }

    @Test
    void listsVersionsAndCountsItems() {
        store.contribute(fuel("aa"), "plugin:emergency");
        store.contribute(fuel("aa", "bb"), "plugin:emergency");
        var versions = store.versionsOf(List.of("emergency-fuel", "unknown"));
        assertEquals(Set.of("emergency-fuel:1", "emergency-fuel:2"), versions.keySet());
        TemplateHead v2 = versions.get("emergency-fuel:2");
        assertEquals(2, store.itemCounts(List.of(v2.id())).get(v2.id()));
        assertEquals(2, store.withItems(List.of(v2)).get(0).items().size());
    }
}
