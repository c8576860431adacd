package org.safegrid.dept.economic.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.economic.internal.model.LeaderTitle;
import org.safegrid.dept.economic.internal.model.Member;
import org.safegrid.dept.economic.internal.model.Team;

class EconomicSectionTest {

    static final ReportRequest NOVEMBER = new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 11)),
            DataScope.everything(), LocalDate.of(2026, 11, 20));

    static EnterpriseProfile e(long id, String name, String sector, String... flags) {
        return new EnterpriseProfile(id, "X", name, sector, "economic", null, "V01", "YELLOW", Set.of(flags), 100);
    }

    static Team team(long enterpriseId, LocalDate established, int members) {
        List<Member> list = java.util.stream.IntStream.range(0, members).mapToObj(i -> new Member("m" + i, "电气", null))
                .toList();
        return new Team(enterpriseId * 10, enterpriseId, "张", LeaderTitle.CHIEF_ENGINEER, "13812345678", established,
                list, null, 0, "u", null, null, null);
    }

    static Map<String, BigDecimal> values(ReportSection s) {
        return s.figures().stream().filter(f -> f.value() != null)
                .collect(Collectors.toMap(SectionFigure::code, SectionFigure::value));
    }

    @Test
    void countsAboveScaleEnterprisesAndTheirTeamsAsOfTheReportDay() {
        List<EnterpriseProfile> regulated = List.of(e(1, "甲厂", "factory", "ABOVE_SCALE"),
                e(2, "乙厂", "factory", "ABOVE_SCALE"), e(3, "丙商场", "commercial-complex", "ABOVE_SCALE"),
                e(4, "丁市场", "specialised-market"), e(5, "戊燃气", "gas-company"), e(6, "己厂", "factory"));
        List<Team> teams = List.of(team(1, LocalDate.of(2026, 2, 1), 3), team(2, LocalDate.of(2026, 11, 5), 2),
                // formed after the report's day: not yet in place
                team(3, LocalDate.of(2026, 11, 25), 4),
                // an enterprise outside the scope: not counted
                team(99, LocalDate.of(2026, 11, 1), 5));
        ReportSection section = EconomicSection.compute(NOVEMBER, regulated, teams);
        Map<String, BigDecimal> v = values(section);
        assertEquals(0, BigDecimal.valueOf(3).compareTo(v.get("factories")));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(v.get("markets")));
        assertEquals(0, BigDecimal.ONE.compareTo(v.get("gas-companies")));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(v.get("above-scale")));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(v.get("teams-in-place")));
        assertEquals(new BigDecimal("66.7"), v.get("team-coverage"));
        assertEquals(0, BigDecimal.ONE.compareTo(v.get("teams-formed")));
        assertEquals(0, BigDecimal.valueOf(3 + 1 + 2 + 1).compareTo(v.get("team-members")));
        assertEquals(List.of(List.of("丙商场", "V01", "YELLOW")), section.tables().get(0).rows());
    }

    @Test
    void coverageOverNothingIsNoValue() {
        ReportSection section = EconomicSection.compute(NOVEMBER, List.of(e(6, "己厂", "factory")), List.of());
        SectionFigure coverage = section.figures().stream().filter(f -> f.code().equals("team-coverage")).findFirst()
                .orElseThrow();
        assertNull(coverage.value());
        assertEquals(List.of(), section.tables().get(0).rows());
    }
}
