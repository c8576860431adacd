package org.safegrid.fonts.api;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The CJK font SafeGrid prints with: IBM Plex Sans SC (SIL Open Font License 1.1), which covers Simplified Chinese and
 * Latin. Provided by {@code org.safegrid.fonts} as an OSGi service; safe to call from several threads at once.
 */
@ProviderType
public interface CjkFonts {

    /** The faces there are. */
    enum Weight {
        REGULAR, BOLD
    }

    /**
     * Loads the face into the document, subset-embedded; text extracted from the PDF reads as typed (PDFBox 3.0.6).
     * The font belongs to this document only: load it again for the next one. A character the face lacks makes
     * {@link PDFont#encode(String)} throw {@link IllegalArgumentException}, as with any PDFBox font; check with
     * {@link PDFont#hasGlyph(int)} first.
     *
     * @throws IOException when the face cannot be read
     */
    PDFont load(PDDocument document, Weight weight) throws IOException;
}
