package org.safegrid.api.report;

import java.util.List;
import java.util.Map;

/**
 * What a figure source computed for one request.
 *
 * @param values per unit, the value of each figure the source defines; a unit with nothing to count may be missing,
 *        and reads as zero. The {@link ReportUnit#town() town} must be present.
 * @param tables lists the source adds to the report, for example {@code exposure}
 */
public record FigureSet(Map<ReportUnit, Map<String, FigureValue>> values, List<ReportTable> tables) {

    public FigureSet {
        values = Map.copyOf(values);
        tables = List.copyOf(tables);
    }
}
