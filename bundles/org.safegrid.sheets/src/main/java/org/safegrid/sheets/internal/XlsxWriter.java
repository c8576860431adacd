package org.safegrid.sheets.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.safegrid.sheets.api.SheetSpec;

/**
 * Writes XLSX with POI's streaming workbook: only a window of rows stays in memory, the rest goes to compressed
 * temporary files that closing the workbook deletes. Each sheet gets a bold, frozen header row and column widths
 * fitted to its text.
 */
final class XlsxWriter {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;

    private XlsxWriter() {
    }

    /** Writes the workbook; the stream is not closed. */
    static void write(OutputStream out, List<SheetSpec> sheets) throws IOException {
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one sheet");
        }
        BundleLoader.call(() -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false)) {
                XlsxCells cells = new XlsxCells(workbook);
                Set<String> names = new HashSet<>();
                for (SheetSpec spec : sheets) {
                    writeSheet(workbook.createSheet(uniqueName(spec.name(), names)), spec, cells);
                }
                workbook.write(out);
            }
            return null;
        });
    }

    private static void writeSheet(SXSSFSheet sheet, SheetSpec spec, XlsxCells cells) {
        ColumnWidths widths = new ColumnWidths();
        List<String> headers = spec.headers() == null ? List.of() : spec.headers();
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cells.header(cell, headers.get(i));
            // bold text is a little wider
            widths.fit(i, headers.get(i) == null ? "" : headers.get(i) + "  ");
        }
        sheet.createFreezePane(0, 1);
        int columns = headers.size();
        int number = 1;
        if (spec.rows() != null) {
            for (List<?> values : spec.rows()) {
                Row row = sheet.createRow(number++);
                int size = values == null ? 0 : values.size();
                for (int i = 0; i < size; i++) {
                    Object value = values.get(i);
                    if (value != null) {
                        widths.fit(i, cells.set(row.createCell(i), value));
                    }
                }
                columns = Math.max(columns, size);
            }
        }
        widths.apply(sheet, columns);
    }

    /** A name Excel accepts (no []:*?/\, at most 31 characters), not used by an earlier sheet. */
    static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet1" : wanted.strip());
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
