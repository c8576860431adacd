package org.safegrid.dept.agriculture.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.Season;
import org.safegrid.dept.agriculture.internal.model.DamType;
import org.safegrid.dept.agriculture.internal.model.InspectionData;
import org.safegrid.dept.agriculture.internal.model.ReservoirData;
import org.safegrid.dept.agriculture.internal.model.ReservoirKind;
import org.safegrid.dept.agriculture.internal.service.InspectionService;
import org.safegrid.dept.agriculture.internal.service.ReservoirFacts;
import org.safegrid.dept.agriculture.internal.service.ReservoirService;
import org.safegrid.testing.DerbyUnit;

/** The July 2026 section over three reservoirs in two villages, read by the town, the centre and a village. */
class AgricultureSectionTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static DerbyUnit unit;
    static AgricultureSection section;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("agriculture-section", DerbyUnit.AGRICULTURE);
        AgricultureSettings settings = AgricultureSettings.fixed(
                Clock.fixed(LocalDate.of(2026, 8, 15).atStartOfDay(TOWN).toInstant(), TOWN),
                Season.parse("05-01", "09-30"), Season.parse("10-01", "04-30"), 30);
        ReservoirService reservoirs = new ReservoirService(unit.jpa(), unit.schema(), settings);
        InspectionService inspections = new InspectionService(unit.jpa(), unit.schema(), settings);
        long a = add(reservoirs, "QL-1", "qinglong");
        long b = add(reservoirs, "QL-2", "qinglong");
        add(reservoirs, "BS-1", "baishiyi");
        inspections.add(a, new InspectionData(LocalDate.of(2026, 7, 5), "x", true, null), "u");
        inspections.add(a, new InspectionData(LocalDate.of(2026, 7, 25), "x", false, "漏水"), "u");
        inspections.add(b, new InspectionData(LocalDate.of(2026, 6, 10), "x", true, null), "u");
        section = AgricultureSection.of(new ReservoirFacts(unit.jpa(), unit.schema()), settings, null);
    }

    static long add(ReservoirService reservoirs, String code, String village) {
        return reservoirs.create(new ReservoirData(code, code, village, ReservoirKind.POND, BigDecimal.ONE,
                DamType.EARTH, null, null, "张三", "13812345678", null), "u", "zh").id();
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    static Map<String, BigDecimal> figures(DataScope scope) {
        ReportSection s = section.section(new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 7)), scope,
                LocalDate.of(2026, 8, 15)));
        return s.figures().stream().collect(Collectors.toMap(SectionFigure::code,
                f -> f.value() == null ? new BigDecimal("-1") : f.value()));
    }

    @Test
    void theTownSeesAllReservoirs() {
        Map<String, BigDecimal> f = figures(DataScope.everything());
        assertEquals(3, f.get("reservoirs").intValue());
        assertEquals(1, f.get("reservoirs-inspected").intValue());
        assertEquals(new BigDecimal("33.3"), f.get("inspection-coverage"));
        assertEquals(2, f.get("inspections").intValue());
        assertEquals(1, f.get("inspections-failed").intValue());
        // as of 31 July: QL-1 due 24 Aug; QL-2 due 10 July, overdue; BS-1 never, overdue
        assertEquals(2, f.get("reservoirs-overdue").intValue());
        ReportSection s = section.section(new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 7)),
                DataScope.everything(), LocalDate.of(2026, 8, 15)));
        assertEquals(1, s.tables().size());
        assertEquals(2, s.tables().get(0).rows().size());
        assertEquals("BS-1", s.tables().get(0).rows().get(0).get(0));
    }

    @Test
    void aVillageSeesItsOwnAndAnotherDepartmentNone() {
        Map<String, BigDecimal> village = figures(new DataScope(false, Set.of(), Set.of("baishiyi")));
        assertEquals(1, village.get("reservoirs").intValue());
        assertEquals(0, village.get("inspections").intValue());
        assertEquals(3, figures(new DataScope(false, Set.of("agriculture"), Set.of())).get("reservoirs").intValue());
        Map<String, BigDecimal> other = figures(new DataScope(false, Set.of("planning"), Set.of()));
        assertEquals(0, other.get("reservoirs").intValue());
        assertEquals(new BigDecimal("-1"), other.get("inspection-coverage"), "no reservoirs, no coverage");
    }
}
