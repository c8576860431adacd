package org.safegrid.sheets.api;

import java.util.List;

/**
 * A sheet as read: the header row and the rows under it, every cell as trimmed text ("" when empty). Rows that are
 * entirely empty are left out.
 *
 * @param headers the header row's cells
 * @param rows the data rows
 */
public record Table(List<String> headers, List<Row> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * A data row.
     *
     * @param number the row's number as the user sees it in the file: the header is row 1
     * @param cells the cells, one per header (missing ones are "")
     */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in the given column (from 0), "" when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
