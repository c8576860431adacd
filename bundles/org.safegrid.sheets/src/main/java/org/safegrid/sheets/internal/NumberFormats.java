package org.safegrid.sheets.internal;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The number format of each cell style, the one thing a read needs from the styles. POI's {@link StylesTable} builds a
 * style over its XMLBeans tree on every call; here each style is asked once and its format kept in an array.
 */
final class NumberFormats {

    private static final String GENERAL = "General";

    private final StylesTable styles;
    private final short[] ids;
    private final String[] formats;

    /** @param styles the workbook's styles, or null when it has none (every cell is then General) */
    NumberFormats(StylesTable styles) {
        this.styles = styles;
        int count = styles == null ? 0 : styles.getNumCellStyles();
        ids = new short[count];
        formats = new String[count];
    }

    /** The built-in format number of a style (0 is General). */
    int id(int style) {
        return load(style) ? ids[style] : 0;
    }

    /** The format string of a style, such as {@code yyyy-mm-dd} or {@code General}. */
    String format(int style) {
        return load(style) ? formats[style] : GENERAL;
    }

    private boolean load(int style) {
        if (style < 0 || style >= formats.length) {
            return false;
        }
        if (formats[style] == null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            short id = cellStyle == null ? 0 : cellStyle.getDataFormat();
            String format = cellStyle == null ? null : cellStyle.getDataFormatString();
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(id);
            }
            ids[style] = id;
            formats[style] = format == null ? GENERAL : format;
        }
        return true;
    }
}
