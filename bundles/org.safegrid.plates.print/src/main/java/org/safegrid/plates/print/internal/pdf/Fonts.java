package org.safegrid.plates.print.internal.pdf;

/**
 * The two faces of one document.
 *
 * @param regular IBM Plex Sans SC Regular
 * @param bold IBM Plex Sans SC Bold
 */
record Fonts(PdfFace regular, PdfFace bold) {
}
