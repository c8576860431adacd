package org.safegrid.enforcement.internal.report;

import static org.safegrid.api.report.CoreFigures.DAILY_PENALTIES;
import static org.safegrid.api.report.CoreFigures.INSPECTIONS;
import static org.safegrid.api.report.CoreFigures.ORDERS;
import static org.safegrid.api.report.CoreFigures.PENALTIES;
import static org.safegrid.api.report.CoreFigures.REPEAT_OFFENDERS;
import static org.safegrid.api.report.CoreFigures.ZERO_ENFORCEMENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.internal.model.Unit;
import org.safegrid.enforcement.internal.persistence.EnforcementUnit;
import org.safegrid.enforcement.internal.report.EnforcementQueries.Counts;
import org.safegrid.enforcement.internal.report.EnforcementQueries.Flagged;
import org.safegrid.enforcement.internal.report.EnforcementQueries.Group;
import org.safegrid.enforcement.internal.service.Oversight;

/**
 * The enforcement figures of the reports: inspections, orders, penalties, daily penalties and repeat offenders of the
 * period, and the zero-enforcement flag. Inspections, orders and penalties count for the acting department and the
 * enterprise's village; repeat offenders for the enterprise's first and second department and its village. The flag is
 * given for every department and village the zero-enforcement check names (those the scope covers), 1 when the unit
 * had neither an inspection nor a case opened.
 */
@Component(service = ReportFigureSource.class)
public class EnforcementFigures implements ReportFigureSource {

    private static final List<FigureDefinition> FIGURES = List.of(
            new FigureDefinition(INSPECTIONS, LocalizedText.of("检查次数", "Inspections"), Type.COUNT, Better.HIGHER,
                    10),
            new FigureDefinition(ORDERS, LocalizedText.of("责令整改", "Rectification orders"), Type.COUNT,
                    Better.HIGHER, 20),
            new FigureDefinition(PENALTIES, LocalizedText.of("行政处罚", "Penalties"), Type.COUNT, Better.NEITHER, 30),
            new FigureDefinition(DAILY_PENALTIES, LocalizedText.of("按日连续处罚", "Daily continuing penalties"),
                    Type.COUNT, Better.NEITHER, 40),
            new FigureDefinition(REPEAT_OFFENDERS, LocalizedText.of("累犯企业", "Repeat offenders"), Type.COUNT,
                    Better.LOWER, 50),
            new FigureDefinition(ZERO_ENFORCEMENT, LocalizedText.of("执法清零", "Zero enforcement"), Type.FLAG,
                    Better.LOWER, 60));

    private final EnforcementQueries queries;
    private final Oversight oversight;
    private final ZoneId zone;

    @Activate
    public EnforcementFigures(@Reference(target = EnforcementUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EnforcementUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference Oversight oversight) {
        this(jpa, oversight, ZoneId.systemDefault());
    }

    /** @param zone the town's time zone, in which a period's days begin and end */
    EnforcementFigures(JpaTemplate jpa, Oversight oversight, ZoneId zone) {
        this.queries = new EnforcementQueries(jpa);
        this.oversight = oversight;
        this.zone = zone;
    }

    @Override
    public List<FigureDefinition> figures() {
        return FIGURES;
    }

    @Override
    public FigureSet compute(ReportRequest request) {
        LocalDate from = request.period().from();
        LocalDate to = request.period().to();
        Counts counts = queries.count(from, to, utc(from), utc(to.plusDays(1)), request.scope());
        Tally tally = new Tally();
        add(tally, INSPECTIONS, counts.inspections());
        add(tally, ORDERS, counts.orders());
        add(tally, PENALTIES, counts.penalties());
        add(tally, DAILY_PENALTIES, counts.dailyPenalties());
        repeatOffenders(tally, counts.repeatOffenders());
        zeroFlags(tally, counts, request.scope());
        return tally.toSet(List.of());
    }

    private LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }

    private static void add(Tally tally, String code, List<Group> groups) {
        tally.add(ReportUnit.town(), code, 0);
        for (Group g : groups) {
            tally.add(ReportUnit.town(), code, g.count());
            tally.add(ReportUnit.department(g.department()), code, g.count());
            tally.add(ReportUnit.village(g.village()), code, g.count());
        }
    }

    /** Each enterprise once per unit, however often it was flagged. */
    private static void repeatOffenders(Tally tally, List<Flagged> flagged) {
        Map<ReportUnit, Set<Long>> enterprises = new HashMap<>();
        enterprises.put(ReportUnit.town(), new HashSet<>());
        for (Flagged f : flagged) {
            enterprises.get(ReportUnit.town()).add(f.enterpriseId());
            enterprises.computeIfAbsent(ReportUnit.department(f.department()), u -> new HashSet<>())
                    .add(f.enterpriseId());
            if (f.secondDepartment() != null) {
                enterprises.computeIfAbsent(ReportUnit.department(f.secondDepartment()), u -> new HashSet<>())
                        .add(f.enterpriseId());
            }
            enterprises.computeIfAbsent(ReportUnit.village(f.village()), u -> new HashSet<>()).add(f.enterpriseId());
        }
        enterprises.forEach((unit, ids) -> tally.add(unit, REPEAT_OFFENDERS, ids.size()));
    }

    private void zeroFlags(Tally tally, Counts counts, DataScope scope) {
        Set<ReportUnit> units = new LinkedHashSet<>();
        units.add(ReportUnit.town());
        Set<String> acted = new HashSet<>();
        for (List<Group> groups : List.of(counts.inspections(), counts.orders())) {
            for (Group g : groups) {
                units.add(ReportUnit.department(g.department()));
                units.add(ReportUnit.village(g.village()));
                acted.add(g.village());
            }
        }
        List<ReportUnit> known = new ArrayList<>();
        oversight.knownDepartments().forEach(u -> known.add(ReportUnit.department(u.id())));
        for (Unit village : oversight.knownVillages(acted)) {
            known.add(ReportUnit.village(village.id()));
        }
        for (ReportUnit unit : known) {
            if (covers(scope, unit)) {
                units.add(unit);
            }
        }
        for (ReportUnit unit : units) {
            tally.flag(unit, ZERO_ENFORCEMENT, tally.get(unit, INSPECTIONS) + tally.get(unit, ORDERS) == 0);
        }
    }

    /** Whether the scope covers a unit's own line, as the zero-enforcement check shows it. */
    private static boolean covers(DataScope scope, ReportUnit unit) {
        return scope.all() || (unit.kind() == ReportUnit.Kind.DEPARTMENT && scope.departments().contains(unit.code()))
                || (unit.kind() == ReportUnit.Kind.VILLAGE && scope.villages().contains(unit.code()));
    }
}
