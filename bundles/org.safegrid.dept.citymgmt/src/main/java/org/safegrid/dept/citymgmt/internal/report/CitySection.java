package org.safegrid.dept.citymgmt.internal.report;

import java.math.BigDecimal;
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
import org.safegrid.dept.citymgmt.internal.CityDepartment;
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.service.BillboardFacts;
import org.safegrid.dept.citymgmt.internal.service.GasFailureStore;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brigade's section of the reports: its billboards and their structural checks, the failed gas alarms of
 * restaurants in the period and the restaurants where they failed repeatedly, and the enterprises it regulates by
 * sector. Billboards and gas failures are the brigade's own data; a village reader sees those of the village.
 */
@Component(property = ReportSectionContributor.DEPARTMENT_PROPERTY + "=" + CityDepartment.ID)
public class CitySection implements ReportSectionContributor {

    static final String CODE = "citymgmt-safety";
    static final LocalizedText PIECES = LocalizedText.of("块", "billboards");
    static final LocalizedText TIMES = LocalizedText.of("次", "times");
    static final LocalizedText FIRMS = LocalizedText.of("家", "enterprises");
    static final Map<String, LocalizedText> SECTORS = Map.of("catering",
            LocalizedText.of("餐饮场所", "Restaurants"), "outdoor-billboard",
            LocalizedText.of("户外广告设置单位", "Billboard owners"), "street-stall",
            LocalizedText.of("占道经营摊点", "Street stalls"), "municipal-facility",
            LocalizedText.of("市政设施", "Municipal facilities"));

    private static final Logger LOG = LoggerFactory.getLogger(CitySection.class);

    private final BillboardFacts billboards;
    private final GasFailureStore gas;
    private final CitySettings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EnterpriseService enterprises;

    @Activate
    public CitySection(@Reference BillboardFacts billboards, @Reference GasFailureStore gas,
            @Reference CitySettings settings) {
        this.billboards = billboards;
        this.gas = gas;
        this.settings = settings;
    }

    /** For tests. */
    static CitySection of(BillboardFacts billboards, GasFailureStore gas, CitySettings settings,
            EnterpriseService enterprises) {
        CitySection section = new CitySection(billboards, gas, settings);
        section.enterprises = enterprises;
        return section;
    }

    /** The villages whose data the scope sees; null for all of them. */
    static Set<String> villages(DataScope scope) {
        return scope.all() || scope.departments().contains(CityDepartment.ID) ? null : scope.villages();
    }

    @Override
    public ReportSection section(ReportRequest request) {
        Set<String> villages = villages(request.scope());
        LocalDate asOf = request.asOf();
        CityFigures f = CityFigures.compute(billboards.billboards(villages, asOf),
                gas.failures(villages, request.period().from(), request.period().to()), request.period(), asOf,
                settings::structuralCheckDue, settings.gasAlarmThreshold());
        List<SectionFigure> figures = new ArrayList<>();
        figures.add(count("billboards", "户外广告设施", "Outdoor billboards", f.billboards(), PIECES));
        figures.add(count("billboards-checked", "本期完成结构检测", "Structurally checked in the period", f.checked(),
                PIECES));
        figures.add(count("billboards-check-overdue", "结构检测逾期", "Structural check overdue", f.overdue().size(),
                PIECES));
        figures.add(count("gas-alarm-failures", "燃气报警装置检查不合格", "Failed gas-alarm checks", f.failures(), TIMES));
        figures.add(count("gas-alarm-repeat", "燃气报警反复不合格的餐饮场所", "Restaurants with repeated gas-alarm failures",
                f.repeat().size(), FIRMS));
        figures.addAll(enterpriseFigures(request.scope()));
        List<ReportTable> tables = new ArrayList<>();
        if (!f.repeat().isEmpty()) {
            tables.add(new ReportTable("citymgmt-gas-alarm-repeat",
                    LocalizedText.of("燃气报警装置反复不合格的餐饮场所", "Restaurants whose gas alarm failed repeatedly"),
                    List.of(LocalizedText.of("企业编号", "Enterprise id"), LocalizedText.of("名称", "Name"),
                            LocalizedText.of("村（社区）", "Village"), LocalizedText.of("不合格次数", "Failures"),
                            LocalizedText.of("最近一次", "Latest")),
                    f.repeat()
                            .stream()
                            .map(e -> List.of(String.valueOf(e.getKey().enterpriseId()),
                                    text(e.getKey().enterpriseName()), text(e.getKey().village()),
                                    String.valueOf(e.getValue()), e.getKey().failedOn().toString()))
                            .toList()));
        }
        if (!f.overdue().isEmpty()) {
            tables.add(new ReportTable("citymgmt-billboard-check-overdue",
                    LocalizedText.of("结构检测逾期的户外广告设施", "Billboards overdue for their structural check"),
                    List.of(LocalizedText.of("编号", "Code"), LocalizedText.of("位置", "Location"),
                            LocalizedText.of("村（社区）", "Village"), LocalizedText.of("最近检测", "Last checked"),
                            LocalizedText.of("应检日期", "Due")),
                    f.overdue()
                            .stream()
                            .map(e -> List.of(e.getKey().code(), e.getKey().location(), e.getKey().village(),
                                    e.getKey().lastCheckedOn() == null ? "—" : e.getKey().lastCheckedOn().toString(),
                                    e.getValue().toString()))
                            .toList()));
        }
        return new ReportSection(CODE, LocalizedText.of("城管大队：燃气使用与户外广告安全", "City management: gas use and billboards"),
                figures, tables);
    }

    private List<SectionFigure> enterpriseFigures(DataScope scope) {
        EnterpriseService registry = enterprises;
        if (registry == null) {
            return List.of();
        }
        try {
            List<EnterpriseProfile> regulated = registry.profiles(new EnterpriseQuery(null, null, CityDepartment.ID,
                    null, null, null, Set.of(), null, 0, 1, null), scope);
            return SECTORS.entrySet()
                    .stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(sector -> new SectionFigure("enterprises-" + sector.getKey(), sector.getValue(),
                            BigDecimal.valueOf(regulated.stream()
                                    .filter(p -> sector.getKey().equals(p.sector()))
                                    .count()),
                            FIRMS))
                    .toList();
        } catch (RuntimeException e) {
            LOG.warn("The registry could not count the brigade's enterprises; the section goes without them", e);
            return List.of();
        }
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }

    private static SectionFigure count(String code, String zh, String en, int value, LocalizedText unit) {
        return new SectionFigure(code, LocalizedText.of(zh, en), BigDecimal.valueOf(value), unit);
    }
}
