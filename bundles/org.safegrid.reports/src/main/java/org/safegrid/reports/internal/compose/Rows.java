package org.safegrid.reports.internal.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.report.ReportUnit.Kind;
import org.safegrid.reports.internal.model.ReportContent.UnitRow;
import org.safegrid.reports.internal.model.UnitDirectory;

/** The department and village rows of a report: which units, their values, scores and ranks. */
final class Rows {

    private Rows() {
    }

    /**
     * The codes of the units of a kind a report shows. A town report shows every installed department and every active
     * village, plus any unit a source counted; a department report shows itself and the villages its figures reach; a
     * village report shows itself and the departments whose figures reach it.
     */
    static Set<String> codes(Figures figures, Kind rowKind, Kind reportKind, String reportUnit, UnitDirectory units) {
        Set<String> codes = new TreeSet<>();
        if (rowKind == reportKind) {
            codes.add(reportUnit);
            return codes;
        }
        figures.values().keySet().stream().filter(u -> u.kind() == rowKind).forEach(u -> codes.add(u.code()));
        if (reportKind == Kind.TOWN) {
            if (rowKind == Kind.DEPARTMENT) {
                codes.addAll(units.installedDepartments().keySet());
            } else {
                units.villages().values().stream().filter(UnitDirectory.Village::active)
                        .forEach(v -> codes.add(v.code()));
            }
        }
        return codes;
    }

    /** The rows, scored and ranked, best first. */
    static List<UnitRow> rows(Figures figures, Kind rowKind, Set<String> codes, UnitDirectory units) {
        Map<String, Map<String, FigureValue>> values = new LinkedHashMap<>();
        List<Ranking.Scored> scored = new ArrayList<>();
        for (String code : codes) {
            Map<String, FigureValue> unitValues = values(figures, new ReportUnit(rowKind, code));
            values.put(code, unitValues);
            scored.add(new Ranking.Scored(code, Scoring.score(figures.of(new ReportUnit(rowKind, code)))));
        }
        List<UnitRow> rows = new ArrayList<>();
        for (Ranking.Ranked ranked : Ranking.rank(scored)) {
            String code = ranked.code();
            rows.add(new UnitRow(code,
                    rowKind == Kind.DEPARTMENT ? units.departmentName(code) : units.villageName(code),
                    values.get(code), ranked.score(), ranked.rank()));
        }
        return rows;
    }

    /** The value of every defined figure for the unit, in display order. */
    static Map<String, FigureValue> values(Figures figures, ReportUnit unit) {
        Map<String, FigureValue> values = new LinkedHashMap<>();
        for (FigureDefinition definition : figures.definitions()) {
            values.put(definition.code(), figures.value(unit, definition.code()));
        }
        return values;
    }

    /** The codes ranked last among rows. */
    static Set<String> last(List<UnitRow> rows) {
        List<Ranking.Ranked> ranked = rows.stream().map(r -> new Ranking.Ranked(r.code(), r.score(), r.rank()))
                .toList();
        return Ranking.last(ranked);
    }
}
