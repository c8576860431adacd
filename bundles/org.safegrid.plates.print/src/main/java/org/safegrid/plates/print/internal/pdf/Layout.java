package org.safegrid.plates.print.internal.pdf;

/** Where the parts of the plate sit on the A4 layout, in points from the top left corner. */
final class Layout {

    /** Left edge of the content. */
    static final float LEFT = 40;
    /** Right edge of the content. */
    static final float RIGHT = Canvas.WIDTH - 40;
    static final float CONTENT_WIDTH = RIGHT - LEFT;
    static final float CENTRE = Canvas.WIDTH / 2;

    /** The title band. */
    static final float BAND_TOP = 30;
    static final float BAND_HEIGHT = 62;

    /** Where the footer (QR code, issuer, date) begins. */
    static final float FOOTER_TOP = Canvas.HEIGHT - 178;
    static final float QR_SIZE = 104;

    private Layout() {
    }
}
