package org.safegrid.sheets.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the SAX events of one worksheet into rows of text for the {@link TableBuilder}: cells by their type (shared
 * or inline text, numbers and dates through their number format, booleans, errors, formula results as cached), rows
 * by their real index, so that skipped rows keep Excel's numbering.
 */
final class SheetHandler extends DefaultHandler {

    private static final String NS = XSSFRelation.NS_SPREADSHEETML;
    /** XLSX has at most 16,384 columns (A to XFD). */
    private static final int MAX_COLUMNS = 16_384;

    private final TableBuilder table;
    private final List<String> strings;
    private final NumberFormats formats;
    private final XlsxCellFormatter formatter;

    private final List<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int row;
    private int nextRow;
    private int column;
    private int nextColumn;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;

    SheetHandler(TableBuilder table, List<String> strings, NumberFormats formats, XlsxCellFormatter formatter) {
        this.table = table;
        this.strings = strings;
        this.formats = formats;
        this.formatter = formatter;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? nextRow : index(r) - 1;
                cells.clear();
                nextColumn = 0;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? nextColumn : column(r);
                nextColumn = column + 1;
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : index(s);
                text.setLength(0);
                hasValue = false;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
                text.setLength(0);
            }
            case "is" -> {
                inInline = true;
                hasValue = true;
                text.setLength(0);
            }
            case "t" -> inValue = inInline && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // formulas, formatting runs, sheet properties: not needed
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (!NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> {
                if (hasValue && column >= 0 && column < table.width()) {
                    put(column, CellText.trim(value()));
                }
            }
            case "row" -> {
                table.row(row + 1, cells);
                nextRow = row + 1;
            }
            default -> {
                // nothing to finish
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            text.append(ch, start, length);
        }
    }

    private String value() throws SAXException {
        String raw = text.toString();
        if (type == null || "n".equals(type)) {
            return raw.isEmpty() ? "" : numeric(raw);
        }
        return switch (type) {
            case "s" -> sharedString(raw);
            case "inlineStr", "str" -> CellText.unescape(raw);
            case "b" -> "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE";
            case "d" -> isoDate(raw.strip());
            default -> raw; // "e": the error as Excel shows it, such as #N/A
        };
    }

    private String numeric(String raw) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        return formatter.text(value, formats.id(style), formats.format(style));
    }

    private String sharedString(String raw) throws SAXException {
        int index = index(raw);
        if (index >= strings.size()) {
            throw new SAXException("Shared string " + index + " does not exist");
        }
        return strings.get(index);
    }

    /** A date cell stored as ISO text (t="d"): the date alone when it has no time of day. */
    private static String isoDate(String raw) {
        int t = raw.indexOf('T');
        if (t > 0 && raw.substring(t + 1).matches("00:00(:00(\\.0+)?)?Z?")) {
            return raw.substring(0, t);
        }
        return raw;
    }

    private void put(int index, String value) {
        while (cells.size() < index) {
            cells.add("");
        }
        if (cells.size() == index) {
            cells.add(value);
        } else {
            cells.set(index, value);
        }
    }

    private static int index(String text) throws SAXException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new SAXException("Negative index " + text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new SAXException("Not a number: " + text, e);
        }
    }

    /** The column (from 0) of a reference such as {@code AB12}; -1 when it names none. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > MAX_COLUMNS) {
                return -1;
            }
        }
        return column - 1;
    }
}
