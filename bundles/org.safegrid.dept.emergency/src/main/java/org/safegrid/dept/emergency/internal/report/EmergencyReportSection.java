package org.safegrid.dept.emergency.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.emergency.internal.DangerousGoodsPlateRoles;
import org.safegrid.dept.emergency.internal.EmergencyDepartment;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * The emergency office's section of the reports: the duty watch (measure 9) and the dangerous-goods enterprises with
 * their open and overdue hazards. Duty figures count the days of the period up to its as-of day, so a running month
 * is not marked down for days still to come.
 */
@Component(property = ReportSectionContributor.DEPARTMENT_PROPERTY + "=" + EmergencyDepartment.ID)
public class EmergencyReportSection implements ReportSectionContributor {

    static final String CODE = "emergency";
    static final String TABLE = "emergency-dangerous-goods-hazards";

    private static final LocalizedText PERCENT = LocalizedText.of("%", "%");
    private static final LocalizedText DAYS = LocalizedText.of("天", "days");
    private static final LocalizedText TIMES = LocalizedText.of("次", "shifts");
    private static final LocalizedText CASES = LocalizedText.of("起", "cases");
    private static final LocalizedText ENTRIES = LocalizedText.of("条", "entries");
    private static final LocalizedText FIRMS = LocalizedText.of("家", "enterprises");
    private static final LocalizedText ITEMS = LocalizedText.of("项", "hazards");

    private final DutyStatistics duty;
    private final DangerousGoodsHazards hazards;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EnterpriseService enterprises;

    @Activate
    public EmergencyReportSection(@Reference DutyStatistics duty, @Reference DangerousGoodsHazards hazards) {
        this.duty = duty;
        this.hazards = hazards;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        LocalDate from = request.period().from();
        LocalDate asOf = request.asOf();
        List<SectionFigure> figures = new ArrayList<>();
        long days = asOf.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, asOf) + 1;
        int covered = days == 0 ? 0 : duty.daysWithShift(from, asOf);
        figures.add(new SectionFigure("duty-coverage", LocalizedText.of("值班覆盖率", "Duty coverage"),
                percent(covered, days), PERCENT));
        figures.add(new SectionFigure("duty-days-uncovered", LocalizedText.of("无人值班天数", "Days without a shift"),
                BigDecimal.valueOf(days - covered), DAYS));
        figures.add(new SectionFigure("duty-shifts", LocalizedText.of("值班班次", "Shifts on duty"),
                BigDecimal.valueOf(days == 0 ? 0 : duty.shifts(from, asOf)), TIMES));
        Map<LogCategory, Long> log = duty.logEntries(from, request.period().to());
        figures.add(new SectionFigure("incidents", LocalizedText.of("突发事件登记", "Incidents logged"),
                BigDecimal.valueOf(log.get(LogCategory.INCIDENT)), CASES));
        figures.add(new SectionFigure("log-entries", LocalizedText.of("值班日志条数", "Duty log entries"),
                BigDecimal.valueOf(log.values().stream().mapToLong(Long::longValue).sum()), ENTRIES));

        Long dangerousGoods = dangerousGoodsEnterprises(request.scope());
        figures.add(new SectionFigure("dangerous-goods-enterprises",
                LocalizedText.of("危险物品生产经营单位", "Dangerous-goods enterprises"),
                dangerousGoods == null ? null : BigDecimal.valueOf(dangerousGoods), FIRMS));
        List<HazardFacts> open = hazards.openOn(asOf)
                .stream()
                .filter(h -> request.scope().sees(h.department(), h.secondDepartment(), h.village()))
                .toList();
        figures.add(new SectionFigure("dangerous-goods-open-hazards",
                LocalizedText.of("危险物品单位未整改隐患", "Open hazards at dangerous-goods enterprises"),
                BigDecimal.valueOf(open.size()), ITEMS));
        figures.add(new SectionFigure("dangerous-goods-overdue-hazards",
                LocalizedText.of("其中逾期未整改", "of which overdue"),
                BigDecimal.valueOf(open.stream().filter(h -> h.overdueOn(asOf)).count()), ITEMS));
        figures.add(new SectionFigure("dangerous-goods-major-hazards", LocalizedText.of("其中重大隐患", "of which major"),
                BigDecimal.valueOf(open.stream().filter(HazardFacts::major).count()), ITEMS));
        return new ReportSection(CODE,
                LocalizedText.of("应急办：值班值守与危险物品监管", "Emergency office: duty watch and dangerous goods"),
                figures, List.of(table(open, asOf)));
    }

    /** Operating enterprises of the dangerous-goods sectors in scope; null while the registry is away. */
    private Long dangerousGoodsEnterprises(DataScope scope) {
        EnterpriseService registry = enterprises;
        if (registry == null) {
            return null;
        }
        long count = 0;
        for (String sector : DangerousGoodsPlateRoles.SECTORS) {
            // one row asked for: only the total is needed (profiles() would load them all)
            count += registry.find(new EnterpriseQuery(null, null, null, sector, null, EnterpriseStatus.OPERATING,
                    null, null, 0, 1, null), scope).total();
        }
        return count;
    }

    /** One row per enterprise with open hazards: most overdue first. */
    static ReportTable table(List<HazardFacts> open, LocalDate asOf) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (HazardFacts h : open) {
            long[] c = counts.computeIfAbsent(h.enterpriseId(), k -> new long[3]);
            c[0]++;
            c[1] += h.overdueOn(asOf) ? 1 : 0;
            c[2] += h.major() ? 1 : 0;
            names.put(h.enterpriseId(), h.enterpriseName());
        }
        List<Long> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.<Long>comparingLong(id -> -counts.get(id)[1])
                .thenComparingLong(id -> -counts.get(id)[0])
                .thenComparing(names::get));
        List<List<String>> rows = order.stream()
                .map(id -> List.of(names.get(id), String.valueOf(counts.get(id)[0]), String.valueOf(counts.get(id)[1]),
                        String.valueOf(counts.get(id)[2])))
                .toList();
        return new ReportTable(TABLE,
                LocalizedText.of("危险物品单位未整改隐患", "Open hazards at dangerous-goods enterprises"),
                List.of(LocalizedText.of("企业", "Enterprise"), LocalizedText.of("未整改", "Open"),
                        LocalizedText.of("逾期", "Overdue"), LocalizedText.of("重大", "Major")),
                rows);
    }

    /** covered / days as a percentage with one decimal; null over no days. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
