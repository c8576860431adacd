package org.safegrid.sheets.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.sheets.api.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file (RFC 4180: quoted fields may hold separators, quotes and line breaks). Each record is one row, as
 * Excel shows it, so a row's number is its record number, counting empty lines.
 */
final class CsvReader {

    private static final Logger LOG = LoggerFactory.getLogger(CsvReader.class);

    private CsvReader() {
    }

    static Table read(Path file, String fileName, int maxRows) throws IOException {
        CsvSource source = CsvSource.inspect(file, fileName);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(source.separator()).setIgnoreEmptyLines(false)
                // a quote right after a closing quote's text ("a"b) is kept, as Excel does
                .setTrailingData(true).get();
        TableBuilder table = new TableBuilder(fileName, maxRows);
        long number = 0;
        try (Reader reader = source.open(); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> cells = new ArrayList<>();
            for (CSVRecord record : parser) {
                number = record.getRecordNumber();
                cells.clear();
                int width = Math.min(record.size(), table.width());
                for (int i = 0; i < width; i++) {
                    cells.add(CellText.trim(record.get(i)));
                }
                table.row((int) Math.min(number, Integer.MAX_VALUE), cells);
            }
        } catch (SafeGridException e) {
            throw e;
        } catch (UncheckedIOException | IllegalStateException e) {
            // an unbalanced quote: the parser reaches the end of the file inside a quoted field
            LOG.info("Refused {} as a damaged CSV file after row {}: {}", SheetErrors.displayName(fileName), number,
                    e.toString());
            throw SheetErrors.unbalancedQuote(fileName, number + 1);
        }
        return table.build();
    }
}
