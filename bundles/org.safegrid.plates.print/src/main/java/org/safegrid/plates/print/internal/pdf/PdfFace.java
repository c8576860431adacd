package org.safegrid.plates.print.internal.pdf;

import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A face of one document and the code points it draws through another one with the same glyph.
 *
 * @param font the font
 * @param substitutes code point to the code point to draw instead
 */
record PdfFace(PDFont font, Map<Integer, Integer> substitutes) {
}
