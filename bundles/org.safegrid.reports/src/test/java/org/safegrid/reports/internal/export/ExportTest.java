package org.safegrid.reports.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.fonts.api.CjkFonts;
import org.safegrid.reports.internal.compose.ContributedSection;
import org.safegrid.reports.internal.export.ReportExporter.Format;
import org.safegrid.reports.internal.testing.CoreSource;
import org.safegrid.reports.internal.testing.Engines;
import org.safegrid.reports.internal.testing.Sample;
import org.safegrid.reports.internal.testing.TestFonts;
import org.safegrid.reports.internal.testing.Units;
import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.reports.internal.view.ReportViews;
import org.safegrid.sheets.internal.SheetsService;

/** The exports read back: the workbook with POI, the document's text with PDFBox. */
class ExportTest {

    private static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Engines engines;
    private static ReportView town;
    private static ReportExporter exporter;

    @BeforeAll
    static void compose() {
        engines = new Engines();
        engines.sources.add(Sample.core());
        engines.sources.add(Sample.penalties());
        engines.sections.add(new ContributedSection("emergency", Sample.emergencySection()));
        town = ReportViews.render(engines.engine().town(NOVEMBER), false);
        CjkFonts fonts = TestFonts.find();
        assertNotNull(fonts, "no CJK font for the PDF tests");
        exporter = new ReportExporter(new SheetsService(), fonts);
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    @Test
    void theWorkbookHoldsEverySheet() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(town, Format.XLSX, false)))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("概览", "部门", "村社", "排名", "曝光", "趋势", "值班值守"), names);

            Sheet overview = workbook.getSheet("概览");
            assertEquals("白市驿镇安全生产监管月报（2026年11月）", overview.getRow(1).getCell(1).getStringCellValue());
            assertEquals(12.0, valueOf(overview, "检查次数"));
            assertEquals(75.0, valueOf(overview, "企业自查合规率 (%)"));

            Sheet departments = workbook.getSheet("部门");
            assertEquals("名称", departments.getRow(0).getCell(1).getStringCellValue());
            assertEquals("应急办", departments.getRow(1).getCell(1).getStringCellValue());
            assertEquals(96.0, departments.getRow(1).getCell(10).getNumericCellValue()); // score after 8 figures
            assertEquals(1.0, departments.getRow(1).getCell(11).getNumericCellValue());

            Sheet ranks = workbook.getSheet("排名");
            Row planning = findRow(ranks, 3, "规建办");
            assertEquals("是", planning.getCell(5).getStringCellValue());
            assertEquals(1.0, planning.getCell(6).getNumericCellValue());

            assertEquals("储罐区静电接地失效", workbook.getSheet("曝光").getRow(1).getCell(1).getStringCellValue());
            Sheet trend = workbook.getSheet("趋势");
            assertEquals("2026-06", trend.getRow(1).getCell(0).getStringCellValue());
            assertEquals("2026-11", trend.getRow(6).getCell(0).getStringCellValue());
            assertEquals(30.0, workbook.getSheet("值班值守").getRow(1).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void theWorkbookSpeaksEnglishWhenAsked() throws Exception {
        ReportView english = ReportViews.render(engines.engine().town(NOVEMBER), true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(write(english, Format.XLSX, true)))) {
            assertEquals("Overview", workbook.getSheetAt(0).getSheetName());
            assertEquals("Emergency Management Office",
                    workbook.getSheet("Departments").getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void theDocumentReadsAsTyped() throws Exception {
        byte[] pdf = write(town, Format.PDF, false);
        // kept for a look by eye
        java.nio.file.Files.write(java.nio.file.Path.of("target", "town-report-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document, 1, document.getNumberOfPages());
            assertContains(text, "白市驿镇安全生产委员会办公室");
            assertContains(text, "白市驿镇安全生产监管月报（2026年11月）");
            assertContains(text, "1 总体情况");
            assertContains(text, "5 重大隐患逾期曝光");
            assertContains(text, "7 值班值守");
            assertContains(text, "应急办");
            assertContains(text, "检查次数");
            assertContains(text, "75.0%");
            assertContains(text, "储罐区静电接地失效");
            assertContains(text, "末位单位：规建办（部门，得分 35.0，连续 1 期）");
            int pages = document.getNumberOfPages();
            assertContains(text, "第 1 页 共 " + pages + " 页");
            assertEquals("白市驿镇安全生产监管月报（2026年11月）", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theDocumentSpeaksEnglishWhenAsked() throws Exception {
        ReportView english = ReportViews.render(engines.engine().town(ReportPeriod.parse("2026-W48")), true);
        byte[] pdf = write(english, Format.PDF, true);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "town-report-sample-en.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the long English title wraps: read the lines as one
            String text = text(document, 1, document.getNumberOfPages()).replaceAll("\\s+", " ");
            assertContains(text, "Baishiyi Town Work-Safety Committee Office");
            assertContains(text,
                    "Baishiyi Town: Work-Safety Supervision Weekly Report (2026-W48, 23 Nov 2026 to 29 Nov 2026)");
            assertContains(text, "1 Overall");
            assertContains(text, "Emergency Management Office");
            assertContains(text, "Page 1 of " + document.getNumberOfPages());
        }
    }

    @Test
    void longTablesBreakAcrossPagesWithTheirHeaderRepeated() throws Exception {
        Units units = Units.standard();
        CoreSource source = new CoreSource();
        for (int i = 1; i <= 90; i++) {
            String code = String.format("v%03d", i);
            units.village(code, "测试村" + i);
            source.put("2026-11", ReportUnit.village(code), CoreFigures.INSPECTIONS, FigureValue.count(i));
        }
        try (Engines many = new Engines()) {
            many.units = units;
            many.sources.add(source);
            ReportView view = ReportViews.render(many.engine().town(NOVEMBER), false);
            try (PDDocument document = Loader.loadPDF(write(view, Format.PDF, false))) {
                int pages = document.getNumberOfPages();
                assertTrue(pages >= 3, "pages: " + pages);
                String second = text(document, 2, 2);
                assertContains(second, "村社区"); // the villages table's header, repeated
                assertContains(second, "第 2 页 共 " + pages + " 页");
            }
        }
    }

    private static byte[] write(ReportView view, Format format, boolean english) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(view, format, english, english ? "Baishiyi Town" : "白市驿镇", SHANGHAI, out);
        return out.toByteArray();
    }

    private static String text(PDDocument document, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        // Kangxi radicals and compatibility forms read as the characters they stand for
        return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC).replaceAll("[ \\t]+", " ");
    }

    private static void assertContains(String text, String expected) {
        String wanted = Normalizer.normalize(expected, Normalizer.Form.NFKC);
        assertTrue(text.contains(wanted), () -> "'" + wanted + "' not in:\n" + text);
    }

    private static double valueOf(Sheet sheet, String label) {
        return findRow(sheet, 0, label).getCell(1).getNumericCellValue();
    }

    private static Row findRow(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && text.equals(row.getCell(column).toString())) {
                return row;
            }
        }
        throw new AssertionError(text + " not in sheet " + sheet.getSheetName());
    }
}
