package org.safegrid.plates.print.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.plates.print.internal.Samples;
import org.safegrid.plates.print.internal.TestFonts;
import org.safegrid.plates.print.internal.model.PlateView;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class PlatePdfTest {

    static final String URL = "https://safety.example.cn/public/plates/" + Samples.CODE;
    static final PrintDetails DETAILS = new PrintDetails(URL, "白市驿镇安全生产委员会办公室", LocalDate.of(2026, 11, 29));
    /** The fonts are converted once for all tests, as in the running bundle. */
    static final PlatePdf PDF = new PlatePdf(TestFonts.FONTS);

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void printsThePlateWithItsChineseTextOnTheRightPaper(PaperSize paper) throws IOException {
        byte[] bytes = PDF.render(Samples.view(), paper, DETAILS);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle box = document.getPage(0).getMediaBox();
            PDRectangle expected = paper == PaperSize.A4 ? PDRectangle.A4 : PDRectangle.A3;
            assertEquals(expected.getWidth(), box.getWidth(), 0.01);
            assertEquals(expected.getHeight(), box.getHeight(), 0.01);
            String text = new PDFTextStripper().getText(document);
            for (String expectedText : List.of("安全生产责任公示牌", Samples.NAME, Samples.CODE, "九龙坡区白市驿镇正街 8 号",
                    "白市驿村", "红色 · 重大风险", "责任类别", "监管责任人", "李强", "应急办安监员", "023-65671234", "王建国",
                    "13812345678", "岗位责任人（卸油口）", "燃气安全员", "扫码查看 / 我要举报", "白市驿镇安全生产委员会办公室",
                    "2026年11月29日")) {
                assertTrue(text.contains(expectedText), expectedText + " missing from:\n" + text);
            }
            assertEquals(2, count(text, "未明确"), "the town official and the department's role");
            assertTrue(text.contains("镇级分管责任人 未明确 — —"), "em dashes, not combining strokes");
            assertTrue(text.matches("(?s)[^\u2E80-\u2FDF\uF900-\uFAFF\u0300-\u036F]*"), "no radicals, no marks");
            assertFalse(text.contains("郑旧"));
            assertTrue(text.indexOf("监管责任人") < text.indexOf("镇级分管责任人"));
            assertTrue(text.indexOf("操作层级负责人") < text.indexOf("岗位责任人"));
        }
    }

    @Test
    void a3IsTheA4LayoutScaledByTheSquareRootOfTwo() {
        assertEquals(Math.sqrt(2), PaperSize.A3.scale(), 0.001);
        assertEquals(1, PaperSize.A4.scale(), 0.0001);
    }

    @Test
    void embedsSubsetsOfPlexSansScAndNoOtherFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(Samples.view(), PaperSize.A4, DETAILS))) {
            PDPage page = document.getPage(0);
            List<String> names = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                names.add(font.getName());
            }
            assertEquals(2, names.size(), names.toString());
            assertEquals(2, names.stream().map(n -> n.substring(7)).distinct().count(), "regular and bold");
            for (String name : names) {
                assertTrue(name.matches("[A-Z]{6}\\+IBMPlexSansSC.*"), "a subset of Plex Sans SC: " + name);
            }
        }
    }

    @Test
    void theQrCodeOnThePrintedPlateScansToThePublicPage() throws Exception {
        try (PDDocument document = Loader.loadPDF(PDF.render(Samples.view(), PaperSize.A4, DETAILS))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            // the footer's left corner, where the code sits
            BufferedImage corner = image.getSubimage(0, image.getHeight() * 3 / 4, image.getWidth() / 2,
                    image.getHeight() / 4);
            assertEquals(URL, decode(corner));
        }
    }

    @Test
    void aLongPlateContinuesOnMorePagesEachWithTitleAndNumber() throws IOException {
        PlateView view = new PlateView(Samples.plate("李强", 25), Samples.enterprise(), "白市驿村");
        try (PDDocument document = Loader.loadPDF(PDF.render(view, PaperSize.A4, DETAILS))) {
            assertEquals(2, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertTrue(second.contains("安全生产责任公示牌"));
            assertTrue(second.contains("第 2 页 / 共 2 页"));
            assertTrue(second.contains("岗位人24"));
            assertTrue(second.contains("燃气安全员"), "the last row");
            String all = new PDFTextStripper().getText(document);
            for (int i = 0; i < 25; i++) {
                assertTrue(all.contains("岗位人" + i + " "), "post lead " + i);
            }
        }
    }

    @Test
    void charactersTheFontLacksAndLongNamesDoNotBreakThePlate() throws IOException {
        String longName = "重庆市九龙坡区白市驿镇某某某某某某某某汽车零部件精密制造与销售有限责任公司第一分公司";
        PlateView view = new PlateView(Samples.plate("李\uD83D\uDE00强\u0007⽣", 1),
                Samples.enterprise(longName, RiskLevel.YELLOW), null);

        try (PDDocument document = Loader.loadPDF(PDF.render(view, PaperSize.A4, DETAILS))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("李?强生"), "an emoji is a ?, the radical ⽣ is drawn as 生: " + text);
            assertTrue(text.contains(longName), "the long name on two lines");
            assertTrue(text.contains("黄色·一般风险"));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    static String decode(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
