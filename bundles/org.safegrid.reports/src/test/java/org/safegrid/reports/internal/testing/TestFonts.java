package org.safegrid.reports.internal.testing;

import java.io.File;
import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.safegrid.fonts.api.CjkFonts;

/**
 * The CJK font for tests: the fonts bundle's own implementation when its jar holds it, otherwise WenQuanYi Micro Hei
 * from the system; null when neither is there.
 */
public final class TestFonts {

    private static final File SYSTEM_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private TestFonts() {
    }

    public static CjkFonts find() {
        try {
            return (CjkFonts) Class.forName("org.safegrid.fonts.internal.PlexSansFonts").getConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            // not in the fonts jar yet
        }
        if (!SYSTEM_FONT.isFile()) {
            return null;
        }
        return new CjkFonts() {
            @Override
            public PDFont load(PDDocument document, Weight weight) throws IOException {
                TrueTypeCollection collection = new TrueTypeCollection(SYSTEM_FONT);
                return PDType0Font.load(document, collection.getFontByName("WenQuanYiMicroHei"), true);
            }
        };
    }
}
