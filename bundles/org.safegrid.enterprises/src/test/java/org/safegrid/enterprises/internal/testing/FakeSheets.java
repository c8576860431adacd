package org.safegrid.enterprises.internal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.safegrid.sheets.api.SheetSpec;
import org.safegrid.sheets.api.SpreadsheetService;
import org.safegrid.sheets.api.Table;

/** A spreadsheet service without POI: reads answer a table set beforehand (or fail), writes keep the sheets. */
public final class FakeSheets implements SpreadsheetService {

    /** What the next read answers. */
    public Table table;
    /** What the next read throws instead, when set. */
    public Exception failure;
    /** What the last read was given. */
    public byte[] read;
    public String readName;
    public int readMaxRows;
    /** The sheets of the last write, with their rows read out. */
    public final List<SheetSpec> written = new ArrayList<>();
    public final List<List<List<?>>> writtenRows = new ArrayList<>();

    @Override
    public Table read(InputStream in, String fileName, int maxRows) throws IOException {
        read = in.readAllBytes();
        readName = fileName;
        readMaxRows = maxRows;
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        return table;
    }

    @Override
    public void writeXlsx(OutputStream out, List<SheetSpec> sheets) throws IOException {
        written.clear();
        writtenRows.clear();
        for (SheetSpec sheet : sheets) {
            written.add(sheet);
            List<List<?>> rows = new ArrayList<>();
            sheet.rows().forEach(rows::add);
            writtenRows.add(rows);
        }
        out.write('x');
    }

    @Override
    public void writeCsv(OutputStream out, SheetSpec sheet) throws IOException {
        writeXlsx(out, List.of(sheet));
    }
}
