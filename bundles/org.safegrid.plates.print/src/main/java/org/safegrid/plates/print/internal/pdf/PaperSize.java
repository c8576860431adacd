package org.safegrid.plates.print.internal.pdf;

import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper sizes a plate prints on, portrait. A3 is the A4 layout scaled by √2. */
public enum PaperSize {
    A4(PDRectangle.A4), A3(PDRectangle.A3);

    private final PDRectangle page;

    PaperSize(PDRectangle page) {
        this.page = page;
    }

    /** The page's media box. */
    public PDRectangle page() {
        return new PDRectangle(page.getWidth(), page.getHeight());
    }

    /** The factor from the A4 layout to this page. */
    public float scale() {
        return page.getWidth() / PDRectangle.A4.getWidth();
    }

    /** The size named by a request parameter ({@code A4}, {@code a3}); A4 when none is named; empty when unknown. */
    public static Optional<PaperSize> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(A4);
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
