package org.safegrid.hazards.internal.report;

import static org.safegrid.api.report.CoreFigures.HAZARDS_FOUND;
import static org.safegrid.api.report.CoreFigures.HAZARDS_MAJOR;
import static org.safegrid.api.report.CoreFigures.HAZARDS_OVERDUE;
import static org.safegrid.api.report.CoreFigures.HAZARDS_RECTIFIED;
import static org.safegrid.api.report.CoreFigures.MAJOR_OVERDUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureDefinition.Better;
import org.safegrid.api.report.FigureDefinition.Type;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Village;
import org.safegrid.hazards.internal.persistence.HazardsUnit;
import org.safegrid.hazards.internal.report.HazardQueries.Counts;

/**
 * The hazard figures of the reports: found, rectified (closed) and major in the period; overdue and major overdue
 * (open, deadline before the as-of day) at the request's as-of day; and the exposure list of overdue major hazards.
 * A hazard counts for its first and its second department and for its village; the town counts it once.
 */
@Component(service = ReportFigureSource.class)
public class HazardFigures implements ReportFigureSource {

    private static final List<FigureDefinition> FIGURES = List.of(
            new FigureDefinition(HAZARDS_FOUND, LocalizedText.of("发现隐患", "Hazards found"), Type.COUNT,
                    Better.NEITHER, 70),
            new FigureDefinition(HAZARDS_RECTIFIED, LocalizedText.of("整改销号", "Hazards rectified"), Type.COUNT,
                    Better.HIGHER, 80),
            new FigureDefinition(HAZARDS_MAJOR, LocalizedText.of("重大隐患", "Major hazards found"), Type.COUNT,
                    Better.NEITHER, 90),
            new FigureDefinition(HAZARDS_OVERDUE, LocalizedText.of("逾期未整改隐患", "Hazards overdue"), Type.COUNT,
                    Better.LOWER, 100),
            new FigureDefinition(MAJOR_OVERDUE, LocalizedText.of("逾期未整改重大隐患", "Major hazards overdue"),
                    Type.COUNT, Better.LOWER, 110));

    private final HazardQueries queries;
    private final EnterpriseService enterprises;
    private final ZoneId zone;

    @Activate
    public HazardFigures(@Reference(target = HazardsUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = HazardsUnit.SCHEMA_TARGET) ModuleSchema schema,
            @Reference EnterpriseService enterprises) {
        this(jpa, enterprises, ZoneId.systemDefault());
    }

    /** @param zone the town's time zone, in which days begin and end */
    HazardFigures(JpaTemplate jpa, EnterpriseService enterprises, ZoneId zone) {
        this.queries = new HazardQueries(jpa);
        this.enterprises = enterprises;
        this.zone = zone;
    }

    @Override
    public List<FigureDefinition> figures() {
        return FIGURES;
    }

    @Override
    public FigureSet compute(ReportRequest request) {
        LocalDate asOf = request.asOf();
        Counts counts = queries.count(utc(request.period().from()), utc(request.period().to().plusDays(1)), asOf,
                utc(asOf.plusDays(1)), request.scope(), ExposureTable.MAX_ROWS);
        Tally tally = new Tally();
        for (String code : List.of(HAZARDS_FOUND, HAZARDS_RECTIFIED, HAZARDS_MAJOR, HAZARDS_OVERDUE, MAJOR_OVERDUE)) {
            tally.add(ReportUnit.town(), code, 0);
        }
        for (Rows r : counts.reported()) {
            add(tally, HAZARDS_FOUND, r);
            if (r.major()) {
                add(tally, HAZARDS_MAJOR, r);
            }
        }
        counts.closed().forEach(r -> add(tally, HAZARDS_RECTIFIED, r));
        for (Rows r : counts.overdue()) {
            add(tally, HAZARDS_OVERDUE, r);
            if (r.major()) {
                add(tally, MAJOR_OVERDUE, r);
            }
        }
        return tally.toSet(List.of(ExposureTable.of(counts.exposure(), asOf, villageNames(), zone)));
    }

    private static void add(Tally tally, String code, Rows r) {
        tally.add(ReportUnit.town(), code, r.count());
        tally.add(ReportUnit.department(r.department()), code, r.count());
        if (r.secondDepartment() != null && !r.secondDepartment().equals(r.department())) {
            tally.add(ReportUnit.department(r.secondDepartment()), code, r.count());
        }
        tally.add(ReportUnit.village(r.village()), code, r.count());
    }

    private Map<String, String> villageNames() {
        Map<String, String> names = new HashMap<>();
        for (Village v : enterprises.villages()) {
            names.put(v.code(), v.name());
        }
        return names;
    }

    private LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }
}
