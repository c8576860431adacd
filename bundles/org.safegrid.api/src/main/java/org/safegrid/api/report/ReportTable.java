package org.safegrid.api.report;

import java.util.List;
import java.util.Objects;

import org.safegrid.api.module.LocalizedText;

/**
 * A table in a report, for example the list of overdue major hazards.
 *
 * @param code a stable code, for example {@code exposure}
 * @param title its title
 * @param columns the column headings
 * @param rows the cells, as text, one list per row, as many as there are columns
 */
public record ReportTable(String code, LocalizedText title, List<LocalizedText> columns, List<List<String>> rows) {

    public ReportTable {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + code + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }
}
