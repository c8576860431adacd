package org.safegrid.plates.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safegrid.api.report.CoreFigures.PLATE_COMPLETENESS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.plates.internal.dto.PersonInput;
import org.safegrid.plates.internal.dto.PlateInput;
import org.safegrid.plates.internal.testing.Fixture;

/**
 * Plate completeness over operating enterprises: 1 (emergency, baishiyi) complete, 2 (emergency and planning,
 * baishiyi, red: needs the three levels) incomplete, 3 (planning, qinglong) complete, 4 (planning, qinglong, closed)
 * not counted, 5 (economic, qinglong) without a plate.
 */
class PlateFiguresTest {

    static Fixture f;
    static PlateFigures figures;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture("plates-figures", List.of());
        f.enterprises.add(1, "emergency", null, "baishiyi", RiskLevel.BLUE);
        f.enterprises.add(2, "emergency", "planning", "baishiyi", RiskLevel.RED);
        f.enterprises.add(3, "planning", null, "qinglong", RiskLevel.BLUE);
        f.enterprises.add(4, "planning", null, "qinglong", EnterpriseStatus.CLOSED, RiskLevel.BLUE);
        f.enterprises.add(5, "economic", null, "qinglong", RiskLevel.BLUE);
        for (long id : new long[]{1, 2, 3}) {
            f.plates.replace(id, threeResponsible(), DataScope.everything(), "clerk", "zh-CN");
        }
        figures = new PlateFigures(f.enterprises, f.roles, f.store);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static PlateInput threeResponsible() {
        return new PlateInput(0L, List.of(person("regulator", "王"), person("town-official", "刘"),
                person("enterprise-head", "张")));
    }

    static PersonInput person(String role, String name) {
        return new PersonInput(null, role, name, "主任", "13812345678", null, null);
    }

    static FigureValue value(FigureSet set, ReportUnit unit) {
        return set.values().get(unit).get(PLATE_COMPLETENESS);
    }

    static ReportRequest request(ReportPeriod period, DataScope scope) {
        return new ReportRequest(period, scope, LocalDate.of(2026, 11, 28));
    }

    @Test
    void completePlatesOverOperatingEnterprises() {
        FigureSet set = figures.compute(request(ReportPeriod.month(YearMonth.of(2026, 11)), DataScope.everything()));
        assertEquals(FigureValue.rate(2, 4), value(set, ReportUnit.town()));
        assertEquals(FigureValue.rate(1, 2), value(set, ReportUnit.department("emergency")));
        assertEquals(FigureValue.rate(1, 2), value(set, ReportUnit.department("planning")), "2 as second, and 3");
        assertEquals(FigureValue.rate(0, 1), value(set, ReportUnit.department("economic")));
        assertEquals(FigureValue.rate(1, 2), value(set, ReportUnit.village("baishiyi")));
        assertEquals(FigureValue.rate(1, 2), value(set, ReportUnit.village("qinglong")));
        assertEquals(0.5, value(set, ReportUnit.town()).value());
    }

    @Test
    void theFigureIsTakenNowForAnyPeriod() {
        FigureSet day = figures.compute(request(ReportPeriod.day(LocalDate.of(2025, 1, 2)), DataScope.everything()));
        assertEquals(FigureValue.rate(2, 4), value(day, ReportUnit.town()));
        FigureDefinition definition = figures.figures().get(0);
        assertEquals(FigureDefinition.Type.RATE, definition.type());
        assertEquals("Plate completeness (now)", definition.label().en());
    }

    @Test
    void theScopeApplies() {
        FigureSet planning = figures
                .compute(request(ReportPeriod.month(YearMonth.of(2026, 11)), DataScope.of(Set.of("dept-planning"))));
        assertEquals(FigureValue.rate(1, 2), value(planning, ReportUnit.town()));
        FigureSet nobody = figures
                .compute(request(ReportPeriod.month(YearMonth.of(2026, 11)), DataScope.of(Set.of("someone"))));
        assertEquals(FigureValue.rate(0, 0), value(nobody, ReportUnit.town()));
        assertEquals(null, value(nobody, ReportUnit.town()).value());
    }
}
