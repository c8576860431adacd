package org.safegrid.plates.print.internal.pdf;

import java.io.IOException;
import java.util.List;

/**
 * The table of roles and people: 责任类别, 姓名, 职务, 联系电话. Rows are as tall as the space allows, between
 * {@value #MIN_ROW} and {@value #MAX_ROW} points; {@link #rowsPerPage} says how many fit when even the smallest rows
 * overflow, and the plate then continues on another page.
 */
final class PlateTable {

    static final float HEADER_ROW = 26;
    static final float MIN_ROW = 18;
    static final float MAX_ROW = 34;
    static final String[] HEADINGS = {"责任类别", "姓名", "职务", "联系电话"};
    /** Column widths; they add up to the content width. */
    static final float[] WIDTHS = {168, 92, 140, Layout.CONTENT_WIDTH - 168 - 92 - 140};
    static final float PADDING = 5;

    private final Fonts fonts;

    PlateTable(Fonts fonts) {
        this.fonts = fonts;
    }

    /** How many rows fit between {@code top} and {@code bottom} at the smallest row height. */
    static int rowsPerPage(float top, float bottom) {
        return Math.max(1, (int) Math.floor((bottom - top - HEADER_ROW) / MIN_ROW));
    }

    /** The row height for this many rows in the space. */
    static float rowHeight(int rows, float top, float bottom) {
        float height = (bottom - top - HEADER_ROW) / Math.max(rows, 1);
        return Math.max(MIN_ROW, Math.min(MAX_ROW, height));
    }

    /** Draws the heading and the rows from {@code top}, each {@code rowHeight} tall. */
    void draw(Canvas canvas, List<TableRow> rows, float top, float rowHeight) throws IOException {
        float size = Math.max(8, Math.min(12.5f, rowHeight * 0.44f));
        canvas.fill(Layout.LEFT, top, Layout.CONTENT_WIDTH, HEADER_ROW, Palette.HEADER_FILL);
        float x = Layout.LEFT;
        for (int i = 0; i < HEADINGS.length; i++) {
            PdfText heading = PdfText.of(HEADINGS[i], fonts.bold(), 12);
            canvas.centred(heading, x + WIDTHS[i] / 2, Canvas.middle(top, HEADER_ROW, heading), Palette.RED);
            x += WIDTHS[i];
        }
        float y = top + HEADER_ROW;
        for (int r = 0; r < rows.size(); r++) {
            if (r % 2 == 1) {
                canvas.fill(Layout.LEFT, y, Layout.CONTENT_WIDTH, rowHeight, Palette.STRIPE);
            }
            drawRow(canvas, rows.get(r), y, rowHeight, size);
            y += rowHeight;
        }
        grid(canvas, top, y, rows.size(), rowHeight);
    }

    private void drawRow(Canvas canvas, TableRow row, float top, float height, float size) throws IOException {
        String[] cells = {row.role(), row.name(), row.position(), row.phone()};
        float x = Layout.LEFT;
        for (int i = 0; i < cells.length; i++) {
            boolean missingName = row.missing() && i == 1;
            boolean emphasised = i == 0 || i == 1;
            PdfText text = PdfText.fitted(cells[i], emphasised ? fonts.bold() : fonts.regular(), size, 6.5f,
                    WIDTHS[i] - 2 * PADDING);
            int colour = missingName ? Palette.RED : (row.missing() && i > 1 ? Palette.GREY : Palette.INK);
            if (i == 0) {
                canvas.text(text, x + PADDING, Canvas.middle(top, height, text), colour);
            } else {
                canvas.centred(text, x + WIDTHS[i] / 2, Canvas.middle(top, height, text), colour);
            }
            x += WIDTHS[i];
        }
    }

    private static void grid(Canvas canvas, float top, float bottom, int rows, float rowHeight) throws IOException {
        for (int r = 1; r <= rows; r++) {
            float y = top + HEADER_ROW + (r - 1) * rowHeight;
            canvas.line(Layout.LEFT, y, Layout.RIGHT, y, 0.5f, Palette.RULE);
        }
        float x = Layout.LEFT;
        for (int i = 0; i < WIDTHS.length - 1; i++) {
            x += WIDTHS[i];
            canvas.line(x, top, x, bottom, 0.5f, Palette.RULE);
        }
        canvas.frame(Layout.LEFT, top, Layout.CONTENT_WIDTH, bottom - top, 1.2f, Palette.RED);
    }
}
