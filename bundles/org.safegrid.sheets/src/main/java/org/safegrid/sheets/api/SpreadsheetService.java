package org.safegrid.sheets.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads and writes spreadsheets. A file that is neither XLSX nor CSV, or a damaged one, is refused with a
 * {@code SafeGridException} of kind {@code UNSUPPORTED} (415, code {@code not_a_spreadsheet}); a file without a header
 * row with kind {@code INVALID} (422, code {@code empty_file}); more rows than allowed with {@code TOO_LARGE} (413,
 * code {@code too_many_rows}).
 */
@ProviderType
public interface SpreadsheetService {

    /**
     * Reads the first sheet of an XLSX workbook, or a CSV file (UTF-8 with or without a byte-order mark, or GB18030
     * as Excel saves it on Chinese Windows; comma, semicolon or tab separated). The format is told by the content,
     * not the name; the name is for messages. XLS (the old binary format) is refused with a message saying to save as
     * XLSX.
     *
     * @param maxRows the most data rows accepted
     */
    Table read(InputStream in, String fileName, int maxRows) throws IOException;

    /** Writes an XLSX workbook with these sheets, streaming, so large sheets take little memory. */
    void writeXlsx(OutputStream out, List<SheetSpec> sheets) throws IOException;

    /** Writes one sheet as CSV in UTF-8 with a byte-order mark (so Excel opens Chinese text correctly). */
    void writeCsv(OutputStream out, SheetSpec sheet) throws IOException;
}
