package org.safegrid.plates.print.internal.pdf;

/** The plate's colours as {@code 0xRRGGBB}. */
final class Palette {

    /** The red of the title band, the frame and 未明确. */
    static final int RED = 0xC62828;
    static final int WHITE = 0xFFFFFF;
    static final int INK = 0x212121;
    static final int GREY = 0x616161;
    static final int RULE = 0xBDBDBD;
    static final int HEADER_FILL = 0xFDECEA;
    static final int STRIPE = 0xF7F7F7;

    private Palette() {
    }
}
