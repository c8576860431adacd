package org.safegrid.sheets.internal;

import java.util.ArrayList;
import java.util.List;

import org.safegrid.sheets.api.Table;

/**
 * Collects rows as they are read: the first row with any content is the header; after it, rows with no content in the
 * header's columns are skipped, and one row more than allowed stops the reading.
 */
final class TableBuilder {

    private final String fileName;
    private final int maxRows;
    private List<String> headers;
    private final List<Table.Row> rows = new ArrayList<>();

    TableBuilder(String fileName, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        this.fileName = fileName;
        this.maxRows = maxRows;
    }

    /** How many columns are kept: the header's width once it is known, until then every column. */
    int width() {
        return headers == null ? Integer.MAX_VALUE : headers.size();
    }

    /**
     * Takes a row.
     *
     * @param number the row's number as the user sees it (the file's first row is 1)
     * @param cells its cells, already trimmed
     */
    void row(int number, List<String> cells) {
        if (headers == null) {
            int width = lastFilled(cells, cells.size()) + 1;
            if (width > 0) {
                headers = List.copyOf(cells.subList(0, width));
            }
            return;
        }
        int width = headers.size();
        if (lastFilled(cells, width) < 0) {
            return;
        }
        if (rows.size() == maxRows) {
            throw SheetErrors.tooManyRows(fileName, maxRows);
        }
        List<String> kept = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            kept.add(i < cells.size() ? cells.get(i) : "");
        }
        rows.add(new Table.Row(number, kept));
    }

    Table build() {
        if (headers == null) {
            throw SheetErrors.emptyFile(fileName);
        }
        return new Table(headers, rows);
    }

    private static int lastFilled(List<String> cells, int limit) {
        for (int i = Math.min(limit, cells.size()) - 1; i >= 0; i--) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
