package org.safegrid.dept.agriculture.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.Season;
import org.safegrid.dept.agriculture.internal.dto.ReservoirDto;
import org.safegrid.dept.agriculture.internal.model.DamType;
import org.safegrid.dept.agriculture.internal.model.InspectionData;
import org.safegrid.dept.agriculture.internal.model.PageRequest;
import org.safegrid.dept.agriculture.internal.model.ReservoirData;
import org.safegrid.dept.agriculture.internal.model.ReservoirFilter;
import org.safegrid.dept.agriculture.internal.model.ReservoirKind;
import org.safegrid.testing.DerbyUnit;
import org.safegrid.testing.LocalJpaTemplate;

/** The services against the real change log on Derby; the town's clock reads 20 July 2026 (flood season). */
class ReservoirStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    static DerbyUnit unit;
    static ReservoirService reservoirs;
    static InspectionService inspections;
    static ReservoirFacts facts;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("agriculture-store", DerbyUnit.AGRICULTURE);
        LocalJpaTemplate jpa = unit.jpa();
        AgricultureSettings settings = Clocks.settingsOn(TODAY);
        reservoirs = new ReservoirService(jpa, unit.schema(), settings);
        inspections = new InspectionService(jpa, unit.schema(), settings);
        facts = new ReservoirFacts(jpa, unit.schema());
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static ReservoirData data(String code, String village) {
        return new ReservoirData(code, "水库 " + code, village, ReservoirKind.SMALL_2, new BigDecimal("12.50"),
                DamType.EARTH, null, null, "张三", "13812345678", null);
    }

    static InspectionData inspection(LocalDate day, boolean passed) {
        return new InspectionData(day, "李四", passed, passed ? null : "背水坡渗水");
    }

    @Test
    void theSchemaIsAtItsVersion() {
        assertEquals(List.of("agriculture-1", "agriculture-2"), unit.changeSets);
    }

    @Test
    void createFindUpdateWithVersionsAndUniqueCodes() {
        ReservoirDto created = reservoirs.create(data("QL-01", "qinglong"), "agr1", "zh");
        assertTrue(created.id() > 0);
        long v = created.version();
        assertEquals("2026-07-20T09:00:00", created.createdAt());
        assertEquals(new BigDecimal("12.50"), created.capacity());
        assertEquals(created, reservoirs.find(created.id()).orElseThrow());
        assertTrue(created.overdue(), "never inspected in the flood season");
        assertEquals("2026-05-01", created.dueOn());

        ReservoirDto updated = reservoirs.update(created.id(), v, data("QL-02", "qinglong"), "agr2", "zh")
                .orElseThrow();
        assertEquals("QL-02", updated.code());
        assertEquals(v + 1, updated.version());
        assertEquals("agr2", updated.updatedBy());

        SafeGridException stale = assertThrows(SafeGridException.class,
                () -> reservoirs.update(created.id(), v, data("QL-03", "qinglong"), "agr3", "en"));
        assertEquals("stale", stale.code());
        assertEquals(409, stale.kind().status());
        assertEquals("QL-02", reservoirs.find(created.id()).orElseThrow().code(), "nothing changed");

        reservoirs.create(data("BS-01", "baishiyi"), "agr1", "zh");
        SafeGridException duplicate = assertThrows(SafeGridException.class,
                () -> reservoirs.create(data("BS-01", "qinglong"), "agr1", "zh"));
        assertEquals("duplicate_code", duplicate.code());
        assertThrows(SafeGridException.class,
                () -> reservoirs.update(created.id(), v + 1, data("BS-01", "qinglong"), "agr1", "zh"));
        assertTrue(reservoirs.update(created.id() + 1000, 0, data("X-1", "qinglong"), "a", "zh").isEmpty());
    }

    @Test
    void inspectionsMoveTheLatestDayWithoutTouchingTheVersion() {
        ReservoirDto r = reservoirs.create(data("QL-01", "qinglong"), "agr1", "zh");
        inspections.add(r.id(), inspection(LocalDate.of(2026, 7, 10), true), "agr1").orElseThrow();
        inspections.add(r.id(), inspection(LocalDate.of(2026, 7, 1), false), "agr1").orElseThrow(); // earlier
        ReservoirDto after = reservoirs.find(r.id()).orElseThrow();
        assertEquals("2026-07-10", after.lastInspectedOn());
        assertEquals("2026-08-09", after.dueOn());
        assertFalse(after.overdue());
        assertEquals(r.version(), after.version(), "an edit open elsewhere stays valid");
        var list = inspections.list(r.id(), new PageRequest(0, 20, null, null));
        assertEquals(2, list.total());
        assertEquals("2026-07-10", list.items().get(0).inspectedOn());
        assertEquals("背水坡渗水", list.items().get(1).findings());
        assertTrue(inspections.add(r.id() + 1000, inspection(TODAY, true), "agr1").isEmpty());
    }

    @Test
    void listsFilterByVillageTextKindAndOverdue() {
        ReservoirDto inspected = reservoirs.create(data("QL-01", "qinglong"), "a", "zh");
        reservoirs.create(data("QL-02", "qinglong"), "a", "zh");
        reservoirs.create(data("BS-01", "baishiyi"), "a", "zh");
        inspections.add(inspected.id(), inspection(LocalDate.of(2026, 7, 1), true), "a");

        assertEquals(3, reservoirs.list(new PageRequest(0, 20, null, null), filter(null, null, null)).total());
        assertEquals(List.of("QL-01", "QL-02"), codes(filter(null, "qinglong", null)));
        assertEquals(List.of("QL-02", "BS-01").stream().sorted().toList(),
                codes(filter(null, null, true)).stream().sorted().toList());
        assertEquals(List.of("QL-01"), codes(filter(null, null, false)));
        assertEquals(List.of("BS-01"), codes(filter("bs-", null, null)));
        assertEquals(List.of(), codes(new ReservoirFilter(null, null, ReservoirKind.POND, null)));

        var status = reservoirs.status();
        assertTrue(status.floodSeason());
        assertEquals(3, status.reservoirs());
        assertEquals(2, status.overdue());
    }

    static ReservoirFilter filter(String text, String village, Boolean overdue) {
        return new ReservoirFilter(text, village, null, overdue);
    }

    static List<String> codes(ReservoirFilter filter) {
        return reservoirs.list(new PageRequest(0, 20, null, null), filter)
                .items()
                .stream()
                .map(ReservoirDto::code)
                .toList();
    }

    @Test
    void factsAsOfADayAndByVillage() {
        ReservoirDto a = reservoirs.create(data("QL-01", "qinglong"), "a", "zh");
        ReservoirDto b = reservoirs.create(data("BS-01", "baishiyi"), "a", "zh");
        inspections.add(a.id(), inspection(LocalDate.of(2026, 6, 1), true), "a");
        inspections.add(a.id(), inspection(LocalDate.of(2026, 7, 15), false), "a");
        inspections.add(b.id(), inspection(LocalDate.of(2026, 7, 2), true), "a");

        var asOfJune = facts.reservoirs(null, LocalDate.of(2026, 6, 30));
        assertEquals(List.of("BS-01", "QL-01"), asOfJune.stream().map(f -> f.code()).toList());
        assertNull(asOfJune.get(0).lastInspectedOn());
        assertEquals(LocalDate.of(2026, 6, 1), asOfJune.get(1).lastInspectedOn());
        assertEquals(List.of("QL-01"), facts.reservoirs(java.util.Set.of("qinglong"), TODAY).stream()
                .map(f -> f.code()).toList());
        assertEquals(List.of(), facts.reservoirs(java.util.Set.of(), TODAY));

        var july = facts.inspections(null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        assertEquals(2, july.size());
        assertEquals(1, facts.inspections(java.util.Set.of("baishiyi"), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31)).size());
    }
}
