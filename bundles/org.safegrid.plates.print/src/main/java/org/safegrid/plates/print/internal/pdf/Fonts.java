package org.safegrid.plates.print.internal.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The two faces of one document, from {@link org.safegrid.fonts.api.CjkFonts}.
 *
 * @param regular IBM Plex Sans SC Regular
 * @param bold IBM Plex Sans SC Bold
 */
record Fonts(PDFont regular, PDFont bold) {
}
