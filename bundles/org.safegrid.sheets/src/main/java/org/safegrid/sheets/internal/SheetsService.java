package org.safegrid.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.safegrid.sheets.api.SheetSpec;
import org.safegrid.sheets.api.SpreadsheetService;
import org.safegrid.sheets.api.Table;
import org.safegrid.sheets.internal.SheetErrors.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spreadsheet service. An upload is first copied to a temporary file, so its kind is told from its first bytes
 * and an XLSX is opened with random access (zip entries inflated one at a time) rather than held in memory.
 */
@Component(service = SpreadsheetService.class)
public class SheetsService implements SpreadsheetService {

    private static final Logger LOG = LoggerFactory.getLogger(SheetsService.class);

    @Override
    public Table read(InputStream in, String fileName, int maxRows) throws IOException {
        Objects.requireNonNull(in, "in");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        Path file = Files.createTempFile("safegrid-sheet-", ".upload");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            long started = System.nanoTime();
            Table table = switch (FileKind.of(file)) {
                case EMPTY -> throw SheetErrors.emptyFile(fileName);
                case ZIP -> XlsxReader.read(file, fileName, maxRows);
                case OLE2 -> throw Ole2Files.refusal(file, fileName);
                case OTHER_BINARY -> throw SheetErrors.notASpreadsheet(Reason.UNKNOWN_FORMAT, fileName);
                case TEXT -> CsvReader.read(file, fileName, maxRows);
            };
            LOG.debug("Read {} data rows of {} in {} ms", table.rows().size(), SheetErrors.displayName(fileName),
                    (System.nanoTime() - started) / 1_000_000);
            return table;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void writeXlsx(OutputStream out, List<SheetSpec> sheets) throws IOException {
        XlsxWriter.write(Objects.requireNonNull(out, "out"), sheets);
    }

    @Override
    public void writeCsv(OutputStream out, SheetSpec sheet) throws IOException {
        CsvWriter.write(Objects.requireNonNull(out, "out"), Objects.requireNonNull(sheet, "sheet"));
    }
}
