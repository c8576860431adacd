package org.safegrid.sheets.internal;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths estimated from the text written, in Excel's units (1/256 of a character): characters of Chinese,
 * Japanese and Korean, and full-width forms, take two places.
 */
final class ColumnWidths {

    private static final int MIN = 6;
    private static final int MAX = 60;

    private int[] widths = new int[0];

    void fit(int column, String text) {
        if (column >= widths.length) {
            widths = java.util.Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
        }
        if (widths[column] < MAX) {
            widths[column] = Math.max(widths[column], width(text));
        }
    }

    void apply(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            int chars = i < widths.length ? widths[i] : 0;
            sheet.setColumnWidth(i, (Math.min(MAX, Math.max(MIN, chars)) + 2) * 256);
        }
    }

    /** The places a text takes in a cell: its longest line, wide characters counted twice. */
    static int width(String text) {
        int longest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line = 0;
                continue;
            }
            line += wide(c) ? 2 : 1;
            longest = Math.max(longest, line);
        }
        return longest;
    }

    private static boolean wide(char c) {
        // CJK radicals to Hangul, plus full-width forms; not half-width katakana (U+FF61..U+FF9F)
        return c >= '\u2E80' && c <= '\uD7A3' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFF60'
                || c >= '\uFFE0' && c <= '\uFFE6';
    }
}
