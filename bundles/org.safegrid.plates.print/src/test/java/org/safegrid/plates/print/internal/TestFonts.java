package org.safegrid.plates.print.internal;

import org.safegrid.fonts.api.CjkFonts;
import org.safegrid.fonts.internal.PlexSansFonts;

/** The real CJK fonts service of {@code org.safegrid.fonts}, outside OSGi, shared by all tests of this module. */
public final class TestFonts {

    /** Converts the fonts on first use, once for the whole test run. */
    public static final CjkFonts FONTS = new PlexSansFonts();

    private TestFonts() {
    }
}
