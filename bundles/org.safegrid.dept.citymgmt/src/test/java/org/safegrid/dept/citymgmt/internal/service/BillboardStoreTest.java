package org.safegrid.dept.citymgmt.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.dto.BillboardDto;
import org.safegrid.dept.citymgmt.internal.model.BillboardData;
import org.safegrid.dept.citymgmt.internal.model.BillboardFilter;
import org.safegrid.dept.citymgmt.internal.model.BillboardKind;
import org.safegrid.dept.citymgmt.internal.model.PageRequest;
import org.safegrid.testing.DerbyUnit;

/** The billboard store against the real change log; the town's clock reads 29 Nov 2026, checks due every 180 days. */
class BillboardStoreTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static DerbyUnit unit;
    static BillboardService billboards;
    static BillboardFacts facts;
    static GasFailureStore gas;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("citymgmt-store", DerbyUnit.CITYMGMT);
        CitySettings settings = CitySettings.fixed(Clock.fixed(TODAY.atTime(9, 0).atZone(TOWN).toInstant(), TOWN),
                30, 2, 180);
        billboards = new BillboardService(unit.jpa(), unit.schema(), settings);
        facts = new BillboardFacts(unit.jpa(), unit.schema());
        gas = new GasFailureStore(unit.jpa(), unit.schema(), settings);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static BillboardData data(String code, String village, LocalDate installed, LocalDate checked) {
        return new BillboardData(code, "正街 " + code, village, BillboardKind.WALL, "白市驿商贸公司", null, null,
                new BigDecimal("4.00"), new BigDecimal("2.50"), installed, checked, null);
    }

    @Test
    void theSchemaIsAtItsVersion() {
        assertEquals(List.of("citymgmt-1", "citymgmt-2"), unit.changeSets);
    }

    @Test
    void createUpdateStaleAndDuplicate() {
        BillboardDto created = billboards.create(data("GG-1", "baishiyi", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 9, 1)), "cg1", "zh");
        assertEquals(new BigDecimal("10.00"), created.area());
        assertEquals("2027-02-28", created.checkDueOn());
        assertFalse(created.checkOverdue());
        assertEquals(created, billboards.find(created.id()).orElseThrow());
        long v = created.version();

        BillboardDto updated = billboards.update(created.id(), v, data("GG-1", "baishiyi", LocalDate.of(2026, 1, 1),
                null), "cg2", "zh").orElseThrow();
        assertEquals("2026-06-30", updated.checkDueOn(), "without a check: installation + 180 days");
        assertTrue(updated.checkOverdue());
        assertEquals(v + 1, updated.version());
        assertEquals("stale", assertThrows(SafeGridException.class, () -> billboards.update(created.id(), v,
                data("GG-9", "baishiyi", LocalDate.of(2026, 1, 1), null), "cg3", "en")).code());
        assertEquals("GG-1", billboards.find(created.id()).orElseThrow().code());

        billboards.create(data("GG-2", "baishiyi", LocalDate.of(2026, 1, 1), null), "cg1", "zh");
        SafeGridException duplicate = assertThrows(SafeGridException.class, () -> billboards.create(data("GG-2",
                "qinglong", LocalDate.of(2026, 1, 1), null), "cg1", "en"));
        assertEquals("duplicate_code", duplicate.code());
        assertEquals(409, duplicate.kind().status());
        assertEquals(2, billboards.count());
    }

    @Test
    void listsFilterByOverdueVillageAndText() {
        billboards.create(data("GG-1", "baishiyi", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1)), "a", "zh");
        billboards.create(data("GG-2", "baishiyi", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 5, 1)), "a", "zh");
        billboards.create(data("QL-1", "qinglong", LocalDate.of(2026, 6, 1), null), "a", "zh");
        // GG-2 was due 28 Oct, QL-1 (never checked, installed 1 June) on 28 Nov: both overdue on the 29th
        assertEquals(List.of("GG-2", "QL-1"), codes(new BillboardFilter(null, null, null, true)));
        assertEquals(List.of("GG-1"), codes(new BillboardFilter(null, null, null, false)));
        assertEquals(List.of("QL-1"), codes(new BillboardFilter(null, "qinglong", null, null)));
        assertEquals(List.of("GG-1", "GG-2"), codes(new BillboardFilter("gg-", null, null, null)));
        assertEquals(List.of(), codes(new BillboardFilter(null, null, BillboardKind.ROOFTOP, null)));

        assertEquals(List.of("GG-1", "GG-2"), facts.billboards(Set.of("baishiyi"), TODAY).stream()
                .map(f -> f.code()).toList());
        assertEquals(List.of("GG-2"), facts.billboards(null, LocalDate.of(2025, 12, 31)).stream()
                .map(f -> f.code()).toList(), "not yet installed then");
    }

    @Test
    void recentGasFailuresMostFirst() {
        gas.record(7, "老灶火锅", "baishiyi", 1, LocalDate.of(2026, 11, 10), 30);
        gas.record(7, "老灶火锅", "baishiyi", 2, LocalDate.of(2026, 11, 20), 30);
        gas.record(8, "川味小馆", "qinglong", 3, LocalDate.of(2026, 11, 25), 30);
        gas.record(9, "旧店", "qinglong", 4, LocalDate.of(2026, 10, 1), 30);
        var recent = gas.recent();
        assertEquals(List.of(7L, 8L), recent.stream().map(r -> r.enterpriseId()).toList());
        assertEquals(2, recent.get(0).failures());
        assertEquals("2026-11-20", recent.get(0).lastFailedOn());
        assertEquals(1, gas.failures(Set.of("qinglong"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))
                .size());
    }

    static List<String> codes(BillboardFilter filter) {
        return billboards.list(new PageRequest(0, 20, null, null), filter)
                .items()
                .stream()
                .map(BillboardDto::code)
                .toList();
    }
}
