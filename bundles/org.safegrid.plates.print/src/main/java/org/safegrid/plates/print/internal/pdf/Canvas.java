package org.safegrid.plates.print.internal.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one page in the A4 layout's coordinates, measured from the top left corner in points (the page's
 * content stream is scaled for A3). Text goes through {@link PdfText} so that a character the font lacks never fails
 * a document.
 */
final class Canvas {

    /** Height of the A4 layout. */
    static final float HEIGHT = 841.8898f;
    /** Width of the A4 layout. */
    static final float WIDTH = 595.27563f;

    private final PDPageContentStream stream;

    Canvas(PDPageContentStream stream) {
        this.stream = stream;
    }

    void fill(float x, float top, float width, float height, int rgb) throws IOException {
        colour(rgb, false);
        stream.addRect(x, HEIGHT - top - height, width, height);
        stream.fill();
    }

    void frame(float x, float top, float width, float height, float lineWidth, int rgb) throws IOException {
        colour(rgb, true);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, HEIGHT - top - height, width, height);
        stream.stroke();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, int rgb) throws IOException {
        colour(rgb, true);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, HEIGHT - y1);
        stream.lineTo(x2, HEIGHT - y2);
        stream.stroke();
    }

    /** Text with its baseline at {@code baseline}, starting at {@code x}. */
    void text(PdfText text, float x, float baseline, int rgb) throws IOException {
        colour(rgb, false);
        stream.beginText();
        stream.setFont(text.font(), text.size());
        stream.newLineAtOffset(x, HEIGHT - baseline);
        stream.showText(text.value());
        stream.endText();
    }

    /** Text centred on {@code centre}. */
    void centred(PdfText text, float centre, float baseline, int rgb) throws IOException {
        text(text, centre - text.width() / 2, baseline, rgb);
    }

    /** Text ending at {@code right}. */
    void rightAligned(PdfText text, float right, float baseline, int rgb) throws IOException {
        text(text, right - text.width(), baseline, rgb);
    }

    /** The baseline that centres text of this size vertically in a box from {@code top} of {@code height}. */
    static float middle(float top, float height, PdfText text) {
        PDFont font = text.font();
        float ascent = font.getFontDescriptor() == null ? 880 : font.getFontDescriptor().getAscent();
        float descent = font.getFontDescriptor() == null ? -120 : font.getFontDescriptor().getDescent();
        float capHeight = (ascent + descent) / 1000 * text.size();
        return top + height / 2 + capHeight / 2;
    }

    private void colour(int rgb, boolean stroking) throws IOException {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (stroking) {
            stream.setStrokingColor(r, g, b);
        } else {
            stream.setNonStrokingColor(r, g, b);
        }
    }
}
