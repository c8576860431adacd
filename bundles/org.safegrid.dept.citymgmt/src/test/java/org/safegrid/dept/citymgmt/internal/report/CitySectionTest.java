package org.safegrid.dept.citymgmt.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.Alert;
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.model.BillboardData;
import org.safegrid.dept.citymgmt.internal.model.BillboardKind;
import org.safegrid.dept.citymgmt.internal.service.BillboardFacts;
import org.safegrid.dept.citymgmt.internal.service.BillboardService;
import org.safegrid.dept.citymgmt.internal.service.GasFailureStore;
import org.safegrid.testing.DerbyUnit;

/**
 * November 2026 as of the 29th (today), 180-day checks, threshold 2: three billboards and four gas failures, counted
 * by hand. Also the daily billboard check over the same rows.
 */
class CitySectionTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static DerbyUnit unit;
    static CitySection section;
    static BillboardFacts facts;
    static CitySettings settings;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("citymgmt-section", DerbyUnit.CITYMGMT);
        settings = CitySettings.fixed(Clock.fixed(TODAY.atTime(9, 0).atZone(TOWN).toInstant(), TOWN), 30, 2, 180);
        BillboardService billboards = new BillboardService(unit.jpa(), unit.schema(), settings);
        billboards.create(data("GG-1", "baishiyi", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 5)), "a", "zh");
        billboards.create(data("GG-2", "baishiyi", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 5, 1)), "a", "zh");
        billboards.create(data("QL-1", "qinglong", LocalDate.of(2026, 6, 1), null), "a", "zh");
        GasFailureStore gas = new GasFailureStore(unit.jpa(), unit.schema(), settings);
        gas.record(7, "老灶火锅", "baishiyi", 1, LocalDate.of(2026, 11, 3), 30);
        gas.record(7, "老灶火锅", "baishiyi", 2, LocalDate.of(2026, 11, 20), 30);
        gas.record(8, "川味小馆", "qinglong", 3, LocalDate.of(2026, 11, 25), 30);
        gas.record(8, "川味小馆", "qinglong", 4, LocalDate.of(2026, 10, 25), 30); // October
        facts = new BillboardFacts(unit.jpa(), unit.schema());
        section = CitySection.of(facts, gas, settings, null);
    }

    static BillboardData data(String code, String village, LocalDate installed, LocalDate checked) {
        return new BillboardData(code, "位置 " + code, village, BillboardKind.WALL, "业主", null, null, BigDecimal.ONE,
                BigDecimal.ONE, installed, checked, null);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    static ReportSection section(DataScope scope) {
        return section.section(new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 11)), scope, TODAY));
    }

    static Map<String, Integer> figures(DataScope scope) {
        return section(scope).figures()
                .stream()
                .collect(Collectors.toMap(SectionFigure::code, f -> f.value().intValue()));
    }

    @Test
    void theTownSeesEverythingCountedByHand() {
        Map<String, Integer> f = figures(DataScope.everything());
        assertEquals(3, f.get("billboards"));
        assertEquals(1, f.get("billboards-checked"), "GG-1 on 5 Nov");
        // GG-2 due 28 Oct; QL-1 (never checked) due 28 Nov; both past on the 29th
        assertEquals(2, f.get("billboards-check-overdue"));
        assertEquals(3, f.get("gas-alarm-failures"));
        assertEquals(1, f.get("gas-alarm-repeat"), "only 老灶火锅 failed twice in November");
        ReportSection s = section(DataScope.everything());
        assertEquals(List.of("citymgmt-gas-alarm-repeat", "citymgmt-billboard-check-overdue"),
                s.tables().stream().map(t -> t.code()).toList());
        assertEquals(List.of("7", "老灶火锅", "baishiyi", "2", "2026-11-20"), s.tables().get(0).rows().get(0));
    }

    @Test
    void aVillageSeesItsOwn() {
        Map<String, Integer> f = figures(new DataScope(false, Set.of(), Set.of("qinglong")));
        assertEquals(1, f.get("billboards"));
        assertEquals(1, f.get("billboards-check-overdue"));
        assertEquals(1, f.get("gas-alarm-failures"));
        assertEquals(0, f.get("gas-alarm-repeat"));
        assertEquals(0, figures(new DataScope(false, Set.of("culture"), Set.of())).get("billboards"));
    }

    @Test
    void theDailyCheckAlertsEachOverdueBillboardOnce() {
        List<Alert> published = new ArrayList<>();
        var watch = org.safegrid.dept.citymgmt.internal.rules.WatchAccess.manual(facts, settings, (d, e, a) -> {
            published.add(a);
            return published.size();
        });
        assertEquals(2, org.safegrid.dept.citymgmt.internal.rules.WatchAccess.check(watch, TODAY));
        assertEquals(0, org.safegrid.dept.citymgmt.internal.rules.WatchAccess.check(watch, TODAY.plusDays(1)));
        assertEquals(Set.of("dept-citymgmt", "village-baishiyi"), published.get(0).roles());
        assertEquals("billboard-check-overdue", published.get(0).code());
    }
}
