package org.safegrid.plates.print.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.safegrid.fonts.api.CjkFonts;
import org.safegrid.plates.print.internal.TestFonts;

class PdfTextTest {

    @Test
    void aCharacterStandsForOneOtherOnlyWhenNfkcGivesOne() {
        assertEquals(0x751F, PdfText.compatibilityForm(0x2F63), "Kangxi radical ⽣ is 生");
        assertEquals(0x8C48, PdfText.compatibilityForm(0xF900), "compatibility ideograph 豈");
        assertEquals(0x337F, PdfText.compatibilityForm(0x337F), "㍿ stands for four characters: kept");
        assertEquals('A', PdfText.compatibilityForm('A'));
    }

    @Test
    void drawsWhatTheFontHasAndReplacesTheRest() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = TestFonts.FONTS.load(document, CjkFonts.Weight.REGULAR);
            assertEquals("安全生产（一）?", PdfText.of(" 安全\u2F63产（一）😀 ", font, 12).value(),
                    "fullwidth brackets kept, the radical drawn as 生, the emoji a ?");
            assertEquals("a b", PdfText.of("a\n\t b", font, 12).value());
            assertEquals("", PdfText.of(null, font, 12).value());
        }
    }
}
