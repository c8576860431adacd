package org.safegrid.sheets.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.safegrid.sheets.api.Table;

/** Builds test workbooks with POI's usermodel, the way Excel files look, and reads files through the service. */
final class Workbooks {

    private Workbooks() {
    }

    /** An XLSX with one sheet, filled by {@code fill}. */
    static byte[] xlsx(Consumer<XSSFSheet> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("数据"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Table read(byte[] file, String name, int maxRows) throws IOException {
        return new SheetsService().read(new ByteArrayInputStream(file), name, maxRows);
    }
}
