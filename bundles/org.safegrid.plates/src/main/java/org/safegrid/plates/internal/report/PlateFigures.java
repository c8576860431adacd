package org.safegrid.plates.internal.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureDefinition.Better;
import org.safegrid.api.report.FigureDefinition.Type;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.plates.internal.roles.RoleCatalog;
import org.safegrid.plates.internal.service.PlateAssembler;
import org.safegrid.plates.internal.service.PlateStore;

/**
 * Plate completeness (measure 3) for the reports: operating enterprises whose plate names every required role, over
 * operating enterprises, per first and second department, village and town. A plate has no history of its
 * completeness, so the figure is taken now, whatever the period (its label says so). Costs what the incomplete list
 * costs: one call to the registry and one grouped query of the plates' role counts.
 */
@Component(service = ReportFigureSource.class)
public class PlateFigures implements ReportFigureSource {

    private static final List<FigureDefinition> FIGURES = List
            .of(new FigureDefinition(CoreFigures.PLATE_COMPLETENESS, LocalizedText.of("挂牌公示完整率（当前）",
                    "Plate completeness (now)"), Type.RATE, Better.HIGHER, 130));

    private final EnterpriseService enterprises;
    private final RoleCatalog roles;
    private final PlateStore store;

    @Activate
    public PlateFigures(@Reference EnterpriseService enterprises, @Reference RoleCatalog roles,
            @Reference PlateStore store) {
        this.enterprises = enterprises;
        this.roles = roles;
        this.store = store;
    }

    @Override
    public List<FigureDefinition> figures() {
        return FIGURES;
    }

    @Override
    public FigureSet compute(ReportRequest request) {
        EnterpriseQuery operating = new EnterpriseQuery(null, null, null, null, null, EnterpriseStatus.OPERATING,
                Set.of(), null, 0, EnterpriseQuery.MAX_SIZE, null);
        List<EnterpriseProfile> profiles = enterprises.profiles(operating, request.scope());
        Map<Long, Map<String, Integer>> counts = store.roleCounts();
        Map<ReportUnit, long[]> tally = new HashMap<>();
        tally.put(ReportUnit.town(), new long[2]);
        for (EnterpriseProfile p : profiles) {
            boolean complete = PlateAssembler.missing(roles.required(p), counts.get(p.id())).isEmpty();
            add(tally, ReportUnit.town(), complete);
            add(tally, ReportUnit.department(p.department()), complete);
            if (p.secondDepartment() != null && !p.secondDepartment().equals(p.department())) {
                add(tally, ReportUnit.department(p.secondDepartment()), complete);
            }
            if (p.village() != null) {
                add(tally, ReportUnit.village(p.village()), complete);
            }
        }
        Map<ReportUnit, Map<String, FigureValue>> values = new HashMap<>();
        tally.forEach((unit, n) -> values.put(unit,
                Map.of(CoreFigures.PLATE_COMPLETENESS, FigureValue.rate(n[0], n[1]))));
        return new FigureSet(values, List.of());
    }

    private static void add(Map<ReportUnit, long[]> tally, ReportUnit unit, boolean complete) {
        long[] n = tally.computeIfAbsent(unit, u -> new long[2]);
        n[0] += complete ? 1 : 0;
        n[1]++;
    }
}
