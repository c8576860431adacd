package org.safegrid.plates.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.enterprises.api.Page;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.model.Appraisal;
import org.safegrid.plates.internal.model.AppraisalData;
import org.safegrid.plates.internal.model.AppraisalResult;
import org.safegrid.plates.internal.model.Duty;
import org.safegrid.plates.internal.model.FollowUp;
import org.safegrid.plates.internal.model.HistoryEntry;
import org.safegrid.plates.internal.model.StoredPlate;
import org.safegrid.plates.internal.roles.PlatformRoles;
import org.safegrid.testing.DerbyUnit;
import org.safegrid.testing.LocalJpaTemplate;

/** The stores, entities and queries against the real change log on Derby; the clock reads 2026-11-28T02:00:00Z. */
class PlateStoreTest {

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    static DerbyUnit unit;
    static PlateStore plates;
    static DutyStore duties;
    static AppraisalStore appraisals;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("plates-store", DerbyUnit.PLATES);
        LocalJpaTemplate jpa = new LocalJpaTemplate(unit.emf);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        plates = new PlateStore(jpa, unit.schema(), clock);
        duties = new DutyStore(jpa, clock);
        appraisals = new AppraisalStore(jpa, clock);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static PlatePerson p(String role, String name, String phone, String post) {
        return new PlatePerson(0, role, name, "主任", phone, null, post);
    }

    static final List<PlatePerson> FIRST = List.of(p("regulator", "王监管", "13800000001", null),
            p("enterprise-head", "张总", "13800000002", null), p("post-lead", "李岗", "13800000003", "储罐区"));

    @Test
    void theSchemaIsAtItsVersion() {
        assertEquals(List.of("plates-1", "plates-2", "plates-3", "plates-4"), unit.changeSets);
    }

    @Test
    void aPlateNeverChangedIsEmptyAtVersionZero() {
        assertEquals(StoredPlate.EMPTY, plates.load(99));
        assertEquals(Map.of(), plates.load(List.of(99L, 98L)));
    }

    @Test
    void theFirstSaveCreatesThePlateAndRecordsEveryAddition() throws Exception {
        StoredPlate saved = plates.replace(17, 0, FIRST, "clerk").orElseThrow();
        assertEquals(1, saved.version());
        assertEquals(NOW, saved.updatedAt());
        assertEquals("clerk", saved.updatedBy());
        assertEquals(List.of("王监管", "张总", "李岗"), saved.persons().stream().map(PlatePerson::name).toList());
        assertTrue(saved.persons().stream().allMatch(p -> p.id() > 0), "ids assigned");
        assertEquals(saved, plates.load(17), "committed");

        Page<HistoryEntry> history = plates.history(17, 0, 20);
        assertEquals(3, history.total());
        HistoryEntry added = history.items().stream().filter(h -> h.role().equals("post-lead")).findFirst()
                .orElseThrow();
        assertEquals(new HistoryEntry(added.id(), NOW, "clerk", "post-lead", saved.persons().get(2).id(), "李岗",
                "person", null, "李岗"), added);
    }

    @Test
    void changesKeepTheIdsAndRecordOldAndNewValues() {
        StoredPlate first = plates.replace(17, 0, FIRST, "clerk").orElseThrow();
        PlatePerson regulator = first.persons().get(0);
        List<PlatePerson> second = List.of(
                new PlatePerson(regulator.id(), "regulator", "王监管", "副主任", "13800000009", null, null),
                p("post-lead", "李岗", "13800000003", "储罐区"), p("town-official", "刘镇长", "13800000004", null));

        StoredPlate saved = plates.replace(17, 1, second, "chief").orElseThrow();

        assertEquals(2, saved.version());
        assertEquals(regulator.id(), saved.persons().get(0).id(), "the same person");
        assertEquals(first.persons().get(2).id(), saved.persons().get(1).id(), "matched by name");
        List<HistoryEntry> latest = plates.history(17, 0, 4).items();
        assertEquals(4, latest.size());
        assertEquals(List.of("town-official:person", "regulator:phone", "regulator:position",
                "enterprise-head:person"), latest.stream().map(h -> h.role() + ":" + h.field()).toList(),
                "newest first");
        HistoryEntry removed = latest.stream().filter(h -> h.role().equals("enterprise-head")).findFirst()
                .orElseThrow();
        assertEquals("张总", removed.oldValue());
        assertNull(removed.newValue());
        HistoryEntry phone = latest.stream().filter(h -> "phone".equals(h.field())).findFirst().orElseThrow();
        assertEquals(List.of("chief", "13800000001", "13800000009"),
                List.of(phone.user(), phone.oldValue(), phone.newValue()));
        assertEquals(7, plates.history(17, 0, 20).total());
        assertEquals(List.of(), plates.history(17, 1, 20).items());
        assertEquals(3, plates.history(17, 1, 4).items().size(), "the first save, on the second page");
    }

    @Test
    void aStaleVersionWritesNothing() throws Exception {
        plates.replace(17, 0, FIRST, "clerk").orElseThrow();
        assertTrue(plates.replace(17, 0, List.of(), "late").isEmpty(), "version 0 is gone");
        assertTrue(plates.replace(17, 2, List.of(), "future").isEmpty());
        assertTrue(plates.replace(18, 1, FIRST, "clerk").isEmpty(), "a plate never saved is at 0");
        assertEquals(3, plates.load(17).persons().size());
        assertEquals(3, unit.count("SELECT COUNT(*) FROM SG_PLT_HISTORY"));
        assertEquals(0, unit.count("SELECT COUNT(*) FROM SG_PLT_PLATE WHERE ENTERPRISE_ID = 18"));
    }

    @Test
    void savingTheSameListChangesNothing() throws Exception {
        StoredPlate first = plates.replace(17, 0, FIRST, "clerk").orElseThrow();
        StoredPlate again = plates.replace(17, 1, FIRST, "other").orElseThrow();
        assertEquals(first, again);
        assertEquals(3, unit.count("SELECT COUNT(*) FROM SG_PLT_HISTORY"));
    }

    @Test
    void clearingThePlate() throws Exception {
        plates.replace(17, 0, FIRST, "clerk").orElseThrow();
        StoredPlate cleared = plates.replace(17, 1, List.of(), "clerk").orElseThrow();
        assertEquals(2, cleared.version());
        assertEquals(List.of(), cleared.persons());
        assertEquals(0, unit.count("SELECT COUNT(*) FROM SG_PLT_PERSON"));
        assertEquals(6, unit.count("SELECT COUNT(*) FROM SG_PLT_HISTORY WHERE ENTERPRISE_ID = 17"));
    }

    @Test
    void roleCountsAndSeveralPlatesAtOnce() {
        plates.replace(17, 0, FIRST, "clerk").orElseThrow();
        plates.replace(18, 0, List.of(p("post-lead", "甲", "13800000011", "一"),
                p("post-lead", "乙", "13800000012", "二")), "clerk").orElseThrow();
        assertEquals(Map.of(17L, Map.of("regulator", 1, "enterprise-head", 1, "post-lead", 1), 18L,
                Map.of("post-lead", 2)), plates.roleCounts());

        Map<Long, StoredPlate> loaded = plates.load(List.of(17L, 18L, 19L));
        assertEquals(2, loaded.size());
        assertEquals(List.of("甲", "乙"), loaded.get(18L).persons().stream().map(PlatePerson::name).toList());
        assertEquals(1, loaded.get(17L).version());
    }

    @Test
    void aPersonBelongsToOnePlate() {
        long id = plates.replace(17, 0, FIRST, "clerk").orElseThrow().persons().get(0).id();
        assertEquals("王监管", plates.person(17, id).orElseThrow().name());
        assertTrue(plates.person(18, id).isEmpty());
        assertTrue(plates.person(17, id + 1000).isEmpty());
    }

    @Test
    void theEightDutyStandardsAreShippedAndCanBeChanged() {
        Map<String, Duty> shipped = duties.all();
        assertEquals(PlatformRoles.all().stream().map(r -> r.code()).sorted().toList(),
                shipped.keySet().stream().sorted().toList());
        assertTrue(shipped.get("enterprise-head").duty().contains("第一责任人"), shipped.get("enterprise-head").duty());
        assertTrue(shipped.get("regulator").duty().contains("监督检查"));
        assertNull(shipped.get("regulator").updatedAt());

        Duty changed = duties.save("regulator", "新的履职标准", null, "admin");
        assertEquals(new Duty("regulator", "新的履职标准", null, NOW, "admin"), changed);
        assertEquals(changed, duties.all().get("regulator"), "the cache was refreshed");

        Duty contributed = duties.save("gas-officer", "燃气安全专管员职责", "Gas safety officer", "admin");
        assertEquals(contributed, duties.all().get("gas-officer"));
        assertEquals(9, duties.all().size());
    }

    @Test
    void onePersonOneAppraisalPerPeriod() {
        PlatePerson head = plates.replace(17, 0, FIRST, "clerk").orElseThrow().persons().get(1);
        AppraisalData data = new AppraisalData(head.id(), "2026-H1", 58, AppraisalResult.FAILED,
                FollowUp.ACCOUNTABILITY, "隐患整改不及时");
        Appraisal created = appraisals.create(17, head, data, "committee1").orElseThrow();
        assertEquals(new Appraisal(created.id(), 17, head.id(), "enterprise-head", "张总", "2026-H1", 58,
                AppraisalResult.FAILED, FollowUp.ACCOUNTABILITY, "隐患整改不及时", NOW, "committee1"), created);

        assertTrue(appraisals.create(17, head, data, "committee2").isEmpty(), "the same period again");
        Appraisal next = appraisals.create(17, head,
                new AppraisalData(head.id(), "2026-H2", 90, AppraisalResult.EXCELLENT, FollowUp.REWARD, null),
                "committee1").orElseThrow();
        PlatePerson regulator = plates.load(17).persons().get(0);
        appraisals.create(17, regulator,
                new AppraisalData(regulator.id(), "2026-H1", 80, AppraisalResult.COMPETENT, FollowUp.NONE, null),
                "committee1").orElseThrow();

        Page<Appraisal> all = appraisals.list(17, null, 0, 20);
        assertEquals(3, all.total());
        assertEquals(next, all.items().get(0), "latest period first");
        assertEquals(2, appraisals.list(17, head.id(), 0, 20).total());
        assertEquals(1, appraisals.list(17, head.id(), 1, 1).items().size());
        assertEquals(0, appraisals.list(18, null, 0, 20).total());
    }
}
