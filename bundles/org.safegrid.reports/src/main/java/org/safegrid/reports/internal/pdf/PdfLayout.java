package org.safegrid.reports.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Flows a document down A4 portrait pages: paragraphs, headings and ruled tables that break across pages with their
 * header row repeated, then page numbers on every page. Coordinates are measured from the top of the page.
 */
final class PdfLayout {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    /** 25 mm left and right, as official documents have. */
    static final float MARGIN_X = 70.9f;
    static final float TOP = 62f;
    static final float BOTTOM = 70f;
    static final float CONTENT = WIDTH - 2 * MARGIN_X;

    private static final float CELL_PAD = 3f;
    private static final int MAX_CELL_LINES = 8;
    private static final float RULE = 0.5f;

    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private PDPageContentStream stream;
    private float y;

    PdfLayout(PDDocument document, Face regular, Face bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
    }

    /** Starts the next page. */
    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Moves down; starts a page when fewer than {@code height} points are left. */
    void ensure(float height) throws IOException {
        if (stream == null || y + height > HEIGHT - BOTTOM) {
            newPage();
        }
    }

    void space(float points) {
        y += points;
    }

    /** A line of text centred on the page. */
    void centred(String text, float size, boolean isBold) throws IOException {
        Face face = isBold ? bold : regular;
        for (String line : face.lines(text, size, CONTENT, 3)) {
            ensure(size * 1.5f);
            float width = face.width(line, size);
            draw(face, line, size, MARGIN_X + (CONTENT - width) / 2, y + size);
            y += size * 1.5f;
        }
    }

    /** A paragraph, wrapped to the page's width. */
    void paragraph(String text, float size, boolean isBold) throws IOException {
        Face face = isBold ? bold : regular;
        for (String line : face.lines(text, size, CONTENT, 200)) {
            ensure(size * 1.6f);
            draw(face, line, size, MARGIN_X, y + size);
            y += size * 1.6f;
        }
    }

    /** A section heading, kept together with the next few lines. */
    void heading(String text, float size) throws IOException {
        ensure(size * 1.8f + 60);
        y += size * 0.6f;
        draw(bold, bold.drawable(text), size, MARGIN_X, y + size);
        y += size * 1.6f;
    }

    /**
     * A ruled table: the header row in bold on grey, repeated on every page the table runs onto.
     *
     * @param weights the columns' relative widths
     */
    void table(List<String> headers, List<List<String>> rows, float[] weights, float size) throws IOException {
        float[] widths = widths(weights);
        List<List<String>> headerCells = cells(headers, widths, size, bold);
        float headerHeight = height(headerCells, size);
        ensure(headerHeight + size * 3);
        drawRow(headerCells, widths, headerHeight, size, true);
        for (List<String> row : rows) {
            List<List<String>> cells = cells(row, widths, size, regular);
            float height = height(cells, size);
            if (y + height > HEIGHT - BOTTOM) {
                newPage();
                drawRow(headerCells, widths, headerHeight, size, true);
            }
            drawRow(cells, widths, height, size, false);
        }
        y += size;
    }

    /** Writes the page numbers, once every page is laid out, and closes the last page. */
    void finish(BiFunction<Integer, Integer, String> label, float size) throws IOException {
        closeStream();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = regular.drawable(label.apply(i + 1, total));
                float width = regular.width(text, size);
                footer.beginText();
                footer.setFont(regular.font(), size);
                footer.newLineAtOffset(MARGIN_X + (CONTENT - width) / 2, BOTTOM / 2);
                footer.showText(text);
                footer.endText();
            }
        }
    }

    private void drawRow(List<List<String>> cells, float[] widths, float height, float size, boolean header)
            throws IOException {
        float x = MARGIN_X;
        if (header) {
            stream.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            stream.addRect(x, HEIGHT - y - height, CONTENT, height);
            stream.fill();
            stream.setNonStrokingColor(0f, 0f, 0f);
        }
        Face face = header ? bold : regular;
        for (int c = 0; c < widths.length; c++) {
            stream.setStrokingColor(0f, 0f, 0f);
            stream.setLineWidth(RULE);
            stream.addRect(x, HEIGHT - y - height, widths[c], height);
            stream.stroke();
            float line = y + CELL_PAD + size;
            for (String text : cells.get(c)) {
                draw(face, text, size, x + CELL_PAD, line);
                line += size * 1.3f;
            }
            x += widths[c];
        }
        y += height;
    }

    private List<List<String>> cells(List<String> row, float[] widths, float size, Face face) {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < row.size() && row.get(c) != null ? row.get(c) : "";
            cells.add(face.lines(text, size, widths[c] - 2 * CELL_PAD, MAX_CELL_LINES));
        }
        return cells;
    }

    private static float height(List<List<String>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * size * 1.3f + 2 * CELL_PAD;
    }

    private static float[] widths(float[] weights) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = CONTENT * weights[i] / sum;
        }
        return widths;
    }

    private void draw(Face face, String drawable, float size, float x, float baseline) throws IOException {
        if (drawable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.newLineAtOffset(x, HEIGHT - baseline);
        stream.showText(drawable);
        stream.endText();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
