package org.safegrid.dept.economic.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.dept.economic.internal.EconomicDepartment;
import org.safegrid.dept.economic.internal.model.Team;
import org.safegrid.dept.economic.internal.rules.TeamAlerts;
import org.safegrid.dept.economic.internal.service.TeamRegistry;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * The office's report section: the operating enterprises it regulates by kind, the above-scale ones and how many have
 * their chief-engineer team (as of the report's day), the teams formed in the period, and the list of above-scale
 * enterprises still without one. Counts only what the reader's scope sees.
 */
@Component(property = ReportSectionContributor.DEPARTMENT_PROPERTY + "=" + EconomicDepartment.ID)
public class EconomicSection implements ReportSectionContributor {

    static final String CODE = "economic-teams";
    static final LocalizedText HOUSEHOLDS = LocalizedText.of("家", "enterprises");
    static final LocalizedText TEAMS = LocalizedText.of("个", "teams");
    static final LocalizedText PEOPLE = LocalizedText.of("人", "people");
    static final LocalizedText PERCENT = LocalizedText.of("%", "%");

    private final EnterpriseService enterprises;
    private final TeamRegistry teams;

    @Activate
    public EconomicSection(@Reference EnterpriseService enterprises, @Reference TeamRegistry teams) {
        this.enterprises = enterprises;
        this.teams = teams;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        EnterpriseQuery query = new EnterpriseQuery(null, null, EconomicDepartment.ID, null, null,
                EnterpriseStatus.OPERATING, Set.of(), null, 0, EnterpriseQuery.MAX_SIZE, null);
        List<EnterpriseProfile> regulated = enterprises.profiles(query, request.scope());
        return compute(request, regulated, teams.all());
    }

    /** The section from the enterprises in scope and every team; no I/O. */
    static ReportSection compute(ReportRequest request, List<EnterpriseProfile> regulated, List<Team> allTeams) {
        LocalDate asOf = request.asOf();
        Map<Long, Team> teamOf = allTeams.stream()
                .filter(t -> !t.establishedOn().isAfter(asOf))
                .collect(Collectors.toMap(Team::enterpriseId, Function.identity(), (a, b) -> a));
        List<EnterpriseProfile> aboveScale = regulated.stream().filter(e -> e.hasFlag(TeamAlerts.ABOVE_SCALE)).toList();
        List<EnterpriseProfile> withTeam = aboveScale.stream().filter(e -> teamOf.containsKey(e.id())).toList();
        long formed = withTeam.stream()
                .filter(e -> request.period().contains(teamOf.get(e.id()).establishedOn()))
                .count();
        int members = withTeam.stream().mapToInt(e -> teamOf.get(e.id()).members().size() + 1).sum();

        List<SectionFigure> figures = new ArrayList<>();
        figures.add(count("factories", "工业企业", "Factories", sector(regulated, "factory"), HOUSEHOLDS));
        figures.add(count("markets", "专业市场和商业综合体", "Markets and commercial complexes",
                sector(regulated, "specialised-market") + sector(regulated, "commercial-complex"), HOUSEHOLDS));
        figures.add(count("gas-companies", "燃气企业", "Gas companies", sector(regulated, "gas-company"), HOUSEHOLDS));
        figures.add(count("above-scale", "规上企业", "Above-scale enterprises", aboveScale.size(), HOUSEHOLDS));
        figures.add(count("teams-in-place", "已组建总工程师团队", "With a chief-engineer team", withTeam.size(),
                HOUSEHOLDS));
        figures.add(new SectionFigure("team-coverage", LocalizedText.of("总工程师团队覆盖率", "Chief-engineer team coverage"),
                percent(withTeam.size(), aboveScale.size()), PERCENT));
        figures.add(count("teams-formed", "本期新组建团队", "Teams formed in the period", formed, TEAMS));
        figures.add(count("team-members", "团队成员（含负责人）", "Team members (with leaders)", members, PEOPLE));

        List<List<String>> rows = aboveScale.stream()
                .filter(e -> !teamOf.containsKey(e.id()))
                .sorted(Comparator.comparing(EnterpriseProfile::name))
                .map(e -> List.of(e.name(), e.village() == null ? "" : e.village(), e.riskLevel()))
                .toList();
        ReportTable missing = new ReportTable("above-scale-without-team",
                LocalizedText.of("未组建总工程师团队的规上企业", "Above-scale enterprises without a chief-engineer team"),
                List.of(LocalizedText.of("企业", "Enterprise"), LocalizedText.of("村（社区）", "Village"),
                        LocalizedText.of("风险等级", "Risk level")),
                rows);
        return new ReportSection(CODE, LocalizedText.of("经发办：规上企业总工程师团队", "Economic office: chief-engineer teams"),
                figures, List.of(missing));
    }

    private static long sector(List<EnterpriseProfile> regulated, String sector) {
        return regulated.stream().filter(e -> sector.equals(e.sector())).count();
    }

    private static SectionFigure count(String code, String zh, String en, long value, LocalizedText unit) {
        return new SectionFigure(code, LocalizedText.of(zh, en), BigDecimal.valueOf(value), unit);
    }

    /** Part over whole in percent with one decimal; null over nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
