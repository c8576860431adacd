package org.safegrid.sheets.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safegrid.sheets.api.SheetSpec;

/**
 * Writes CSV as RFC 4180 says (CRLF line ends, fields quoted when they hold a separator, quote or line break), in UTF-8
 * with a byte-order mark so that Excel on Chinese Windows opens it correctly. Text that Excel would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @} first) is prefixed with an apostrophe, as OWASP advises against CSV
 * injection; numbers given as text ("-5") are left alone.
 */
final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {
    }

    /** Writes the sheet; the stream is flushed, not closed. */
    static void write(OutputStream out, SheetSpec sheet) throws IOException {
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(texts(sheet.headers()));
        if (sheet.rows() != null) {
            for (List<?> row : sheet.rows()) {
                printer.printRecord(texts(row));
            }
        }
        printer.flush();
    }

    private static List<String> texts(List<?> values) {
        List<String> texts = new ArrayList<>(values == null ? 0 : values.size());
        if (values != null) {
            for (Object value : values) {
                String text = CellText.of(value);
                texts.add(value instanceof String ? defuse(text) : text);
            }
        }
        return texts;
    }

    /** Text that a spreadsheet would read as a formula, with an apostrophe in front. */
    static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !isNumber(text) ? "'" + text : text;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
