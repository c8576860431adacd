package org.safegrid.reports.internal.compose;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.ReportUnit;

/**
 * The figures of every source for one request, merged.
 *
 * @param definitions the figures, in display order
 * @param values per unit, per figure code
 * @param tables the sources' tables
 */
public record Figures(List<FigureDefinition> definitions, Map<ReportUnit, Map<String, FigureValue>> values,
        List<ReportTable> tables) {

    /** No source at all. */
    public static final Figures NONE = new Figures(List.of(), Map.of(), List.of());

    public Figures {
        definitions = List.copyOf(definitions);
        values = Map.copyOf(values);
        tables = List.copyOf(tables);
    }

    /** The unit's values; a unit no source counted has none. */
    public Map<String, FigureValue> of(ReportUnit unit) {
        return values.getOrDefault(unit, Map.of());
    }

    /** The table with this code, if a source made one. */
    public Optional<ReportTable> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The definition with this code, if a source defines it. */
    public Optional<FigureDefinition> definition(String code) {
        return definitions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * The value of a figure for a unit. A missing value reads as zero: 0 for a count, amount or flag, a rate over
     * nothing (0 of 0) for a rate.
     */
    public FigureValue value(ReportUnit unit, String code) {
        FigureValue value = of(unit).get(code);
        if (value != null) {
            return value;
        }
        boolean rate = definition(code).map(d -> d.type() == FigureDefinition.Type.RATE).orElse(false);
        return rate ? FigureValue.rate(0, 0) : FigureValue.ZERO;
    }
}
