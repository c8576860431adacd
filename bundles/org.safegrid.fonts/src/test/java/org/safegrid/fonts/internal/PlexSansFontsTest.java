package org.safegrid.fonts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safegrid.fonts.api.CjkFonts.Weight;

class PlexSansFontsTest {

    private static final PlexSansFonts FONTS = new PlexSansFonts();

    /** Characters whose glyph the font shares with a radical, a combining mark or a compatibility form. */
    private static final String REGULAR_LINE = "安全生产责任公示牌 — 白市驿镇（2026年）「主体责任」";
    private static final String BOLD_LINE = "生产经营单位 No. 91500106MA5U7X8Y2K · 电话 023-65671234";

    @AfterAll
    static void stop() {
        FONTS.close();
    }

    @Test
    void textExtractedFromThePdfReadsAsTyped() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDFont regular = FONTS.load(document, Weight.REGULAR);
            PDFont bold = FONTS.load(document, Weight.BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, regular, 700, REGULAR_LINE);
                line(out, bold, 650, BOLD_LINE);
            }
            pdf = save(document);
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertEquals(List.of(REGULAR_LINE, BOLD_LINE), text.strip().lines().map(String::strip).toList());
            List<String> names = new ArrayList<>();
            for (var name : read.getPage(0).getResources().getFontNames()) {
                names.add(read.getPage(0).getResources().getFont(name).getName());
            }
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+IBMPlexSansSC")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+IBMPlexSansSC-Bold")), names.toString());
        }
        assertTrue(pdf.length < 100_000, "subsets, not the 8 MB faces: " + pdf.length);
    }

    @Test
    void eachDocumentGetsItsOwnFontAndTheFacesComeBackWhenItCloses() throws IOException {
        PDFont first;
        try (PDDocument a = new PDDocument(); PDDocument b = new PDDocument()) {
            first = FONTS.load(a, Weight.REGULAR);
            assertNotSame(first, FONTS.load(b, Weight.REGULAR));
            assertEquals(2, FONTS.pool(Weight.REGULAR).lent());
        }
        assertEquals(0, FONTS.pool(Weight.REGULAR).lent());
        assertTrue(FONTS.pool(Weight.REGULAR).idle() >= 1);
    }

    @Test
    void aCharacterTheFontLacksIsRefusedAsByAnyPdfboxFont() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = FONTS.load(document, Weight.REGULAR);
            assertThrows(IllegalArgumentException.class, () -> font.encode("😀"));
            // the Kangxi radical shares 生's glyph; only 生 is mapped, so extraction can only give 生
            assertThrows(IllegalArgumentException.class, () -> font.encode("\u2F63"));
            assertTrue(font.encode("生").length > 0);
        }
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> FONTS.load(null, Weight.BOLD));
        assertThrows(NullPointerException.class, () -> {
            try (PDDocument document = new PDDocument()) {
                FONTS.load(document, null);
            }
        });
    }

    private static void line(PDPageContentStream out, PDFont font, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, 14);
        out.newLineAtOffset(40, y);
        out.showText(text);
        out.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }
}
