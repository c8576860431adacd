package org.safegrid.dept.agriculture.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.agriculture.internal.AgricultureDepartment;
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.model.ReservoirFact;
import org.safegrid.dept.agriculture.internal.service.ReservoirFacts;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre's section of the reports: its reservoirs and their flood-season inspections in the period, those overdue
 * on the as-of day (with a table of them), and the farm-machinery, water-works and forest enterprises it regulates.
 * Reservoirs are the centre's own; a village reader sees those of their village.
 */
@Component(property = ReportSectionContributor.DEPARTMENT_PROPERTY + "=" + AgricultureDepartment.ID)
public class AgricultureSection implements ReportSectionContributor {

    static final String CODE = "agriculture-reservoirs";
    static final LocalizedText SEAT = LocalizedText.of("座", "reservoirs");
    static final LocalizedText TIMES = LocalizedText.of("次", "times");
    static final LocalizedText FIRMS = LocalizedText.of("家", "enterprises");
    static final LocalizedText PERCENT = LocalizedText.of("%", "%");
    static final Map<String, LocalizedText> SECTORS = Map.of("farm-machinery",
            LocalizedText.of("农机企业（户）", "Farm machinery operators"), "water-works",
            LocalizedText.of("水利工程单位", "Water works"), "forest", LocalizedText.of("林区", "Forest areas"));

    private static final Logger LOG = LoggerFactory.getLogger(AgricultureSection.class);

    private final ReservoirFacts facts;
    private final AgricultureSettings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EnterpriseService enterprises;

    @Activate
    public AgricultureSection(@Reference ReservoirFacts facts, @Reference AgricultureSettings settings) {
        this.facts = facts;
        this.settings = settings;
    }

    /** For tests. */
    static AgricultureSection of(ReservoirFacts facts, AgricultureSettings settings, EnterpriseService enterprises) {
        AgricultureSection section = new AgricultureSection(facts, settings);
        section.enterprises = enterprises;
        return section;
    }

    /** The villages whose reservoirs the scope sees; null for all of them. */
    static Set<String> villages(DataScope scope) {
        return scope.all() || scope.departments().contains(AgricultureDepartment.ID) ? null : scope.villages();
    }

    @Override
    public ReportSection section(ReportRequest request) {
        Set<String> villages = villages(request.scope());
        LocalDate asOf = request.asOf();
        ReservoirFigures f = ReservoirFigures.compute(facts.reservoirs(villages, asOf),
                facts.inspections(villages, request.period().from(), request.period().to()), settings.floodRule(),
                asOf);
        List<SectionFigure> figures = new ArrayList<>();
        figures.add(count("reservoirs", "水库山坪塘", "Reservoirs and ponds", f.reservoirs(), SEAT));
        figures.add(count("reservoirs-inspected", "本期已检查", "Inspected in the period", f.inspected(), SEAT));
        figures.add(new SectionFigure("inspection-coverage", LocalizedText.of("检查覆盖率", "Inspection coverage"),
                f.coverage() == null ? null : percent(f.coverage()), PERCENT));
        figures.add(count("inspections", "汛期检查次数", "Flood-season inspections", f.inspections(), TIMES));
        figures.add(count("inspections-failed", "检查发现问题", "Inspections with findings", f.failed(), TIMES));
        figures.add(count("reservoirs-overdue", "检查逾期", "Overdue for inspection", f.overdue().size(), SEAT));
        figures.addAll(enterpriseFigures(request.scope()));
        List<List<String>> rows = f.overdue()
                .stream()
                .map(e -> List.of(e.getKey().code(), e.getKey().name(), e.getKey().village(),
                        e.getKey().lastInspectedOn() == null ? "—" : e.getKey().lastInspectedOn().toString(),
                        e.getValue().toString()))
                .toList();
        List<ReportTable> tables = rows.isEmpty()
                ? List.of()
                : List.of(new ReportTable("agriculture-overdue-reservoirs",
                        LocalizedText.of("汛期检查逾期的水库山坪塘", "Reservoirs and ponds overdue for inspection"),
                        List.of(LocalizedText.of("编号", "Code"), LocalizedText.of("名称", "Name"),
                                LocalizedText.of("村（社区）", "Village"), LocalizedText.of("最近检查", "Last inspected"),
                                LocalizedText.of("应检日期", "Due")),
                        rows));
        return new ReportSection(CODE,
                LocalizedText.of("农服中心：水库山坪塘与农林安全", "Agriculture: reservoirs, farms and forests"),
                figures, tables);
    }

    private List<SectionFigure> enterpriseFigures(DataScope scope) {
        EnterpriseService registry = enterprises;
        if (registry == null) {
            return List.of();
        }
        try {
            EnterpriseQuery query = new EnterpriseQuery(null, null, AgricultureDepartment.ID, null, null, null,
                    Set.of(), null, 0, 1, null);
            List<EnterpriseProfile> regulated = registry.profiles(query, scope);
            List<SectionFigure> figures = new ArrayList<>();
            SECTORS.entrySet()
                    .stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(sector -> figures.add(new SectionFigure("enterprises-" + sector.getKey(),
                            sector.getValue(),
                            BigDecimal.valueOf(regulated.stream()
                                    .filter(p -> sector.getKey().equals(p.sector()))
                                    .count()),
                            FIRMS)));
            return figures;
        } catch (RuntimeException e) {
            LOG.warn("The registry could not count the centre's enterprises; the section goes without them", e);
            return List.of();
        }
    }

    private static SectionFigure count(String code, String zh, String en, int value, LocalizedText unit) {
        return new SectionFigure(code, LocalizedText.of(zh, en), BigDecimal.valueOf(value), unit);
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
