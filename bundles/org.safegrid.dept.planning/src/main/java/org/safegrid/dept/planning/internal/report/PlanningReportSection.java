package org.safegrid.dept.planning.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.planning.internal.PlanningDepartment;
import org.safegrid.dept.planning.internal.checklists.ConstructionSiteWeekly;
import org.safegrid.dept.planning.internal.checklists.HouseMonthly;
import org.safegrid.dept.planning.internal.project.ProjectDto;
import org.safegrid.dept.planning.internal.project.ProjectPhase;
import org.safegrid.dept.planning.internal.project.ProjectService;
import org.safegrid.dept.planning.internal.rules.RuleMemory;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * The planning office's section of the reports: its sites and houses, its construction projects, and what its rules
 * recorded in the period (missed weekly self-inspections, high-risk and structural failures).
 */
@Component(property = ReportSectionContributor.DEPARTMENT_PROPERTY + "=" + PlanningDepartment.ID)
public class PlanningReportSection implements ReportSectionContributor {

    static final String CODE = "planning";

    private static final LocalizedText FIRMS = LocalizedText.of("家", "sites");
    private static final LocalizedText PROJECTS = LocalizedText.of("个", "projects");
    private static final LocalizedText WEEKS = LocalizedText.of("周次", "site-weeks");
    private static final LocalizedText ITEMS = LocalizedText.of("项", "items");

    private final RuleMemory memory;
    private final ProjectService projects;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EnterpriseService enterprises;

    @Activate
    public PlanningReportSection(@Reference RuleMemory memory, @Reference ProjectService projects) {
        this.memory = memory;
        this.projects = projects;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        DataScope scope = request.scope();
        LocalDate from = request.period().from();
        LocalDate to = request.period().to();
        LocalDate asOf = request.asOf();
        EnterpriseService registry = enterprises;
        List<SectionFigure> figures = new ArrayList<>();

        figures.add(figure("construction-sites", "建筑施工工地", "Construction sites", count(registry, "construction-site",
                scope), FIRMS));
        figures.add(figure("self-built-houses", "经营性自建房", "Self-built houses", count(registry, "self-built-house",
                scope), FIRMS));

        LongPredicate visible = visibility(registry, scope);
        List<ProjectDto> active = projects.notCompleted()
                .stream()
                .filter(p -> ProjectPhase.valueOf(p.phase()).active())
                .filter(p -> !LocalDate.parse(p.startDate()).isAfter(asOf))
                .filter(p -> visible.test(p.enterpriseId()))
                .toList();
        figures.add(figure("active-projects", "在建项目", "Projects under way", (long) active.size(), PROJECTS));
        figures.add(figure("projects-overdue", "超期未竣工项目", "Projects past planned completion",
                active.stream().filter(p -> LocalDate.parse(p.plannedEnd()).isBefore(asOf)).count(), PROJECTS));

        List<RuleMemory.Missed> missed = memory.missedBetween(from, to)
                .stream()
                .filter(m -> m.site().seenBy(scope))
                .toList();
        figures.add(figure("missed-weekly-inspections", "工地每周自查缺报", "Missed weekly site self-inspections",
                (long) missed.size(), WEEKS));
        figures.add(figure("sites-missing-weeks", "存在缺报的工地", "Sites that missed a week",
                missed.stream().map(m -> m.site().enterpriseId()).distinct().count(), FIRMS));

        List<RuleMemory.Failed> failed = memory.failedBetween(from, to)
                .stream()
                .filter(f -> f.site().seenBy(scope))
                .toList();
        figures.add(figure("high-risk-failures", "工地高风险项不合格", "High-risk site items failed",
                failed.stream().filter(f -> f.templateCode().equals(ConstructionSiteWeekly.CODE)).count(), ITEMS));
        figures.add(figure("structural-failures", "房屋结构安全隐患", "Structural dangers in houses",
                failed.stream().filter(f -> f.templateCode().equals(HouseMonthly.CODE)).count(), ITEMS));

        return new ReportSection(CODE, LocalizedText.of("规建办：建筑施工与房屋安全", "Planning office: construction and housing"),
                figures, List.of(MissedWeeksTable.of(missed)));
    }

    /** Whether a builder is in scope; everything for a town-wide scope, nothing when the registry is away. */
    private static LongPredicate visibility(EnterpriseService registry, DataScope scope) {
        if (scope.all()) {
            return id -> true;
        }
        if (registry == null) {
            return id -> false;
        }
        Map<Long, Boolean> seen = new HashMap<>();
        return id -> seen.computeIfAbsent(id, k -> registry.get(k, scope).isPresent());
    }

    private static Long count(EnterpriseService registry, String sector, DataScope scope) {
        if (registry == null) {
            return null;
        }
        return (long) registry.profiles(new EnterpriseQuery(null, null, null, sector, null, EnterpriseStatus.OPERATING,
                null, null, 0, 1, null), scope).size();
    }

    private static SectionFigure figure(String code, String zh, String en, Long value, LocalizedText unit) {
        return new SectionFigure(code, LocalizedText.of(zh, en), value == null ? null : BigDecimal.valueOf(value),
                unit);
    }
}
