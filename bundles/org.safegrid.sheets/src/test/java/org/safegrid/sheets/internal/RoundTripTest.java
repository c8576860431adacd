package org.safegrid.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.safegrid.sheets.api.SheetSpec;
import org.safegrid.sheets.api.Table;

class RoundTripTest {

    private static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "从业人数", "面积", "成立日期", "检查时间",
            "更新时间", "规上企业", "备注");
    private static final List<Object> ROW = Arrays.asList("91110000802100433B", "白市驿加油站", 12, new BigDecimal("1234.50"),
            LocalDate.of(2026, 11, 28), LocalDateTime.of(2026, 11, 28, 8, 30, 15),
            Instant.parse("2026-11-29T02:10:00.123Z"),
            true, null);
    private final SheetsService service = new SheetsService();

    @Test
    void xlsxComesBackAsWritten() throws IOException {
        byte[] file = xlsx(new SheetSpec("企业", HEADERS, List.of(ROW, List.of("913201000000000000X", "乙", 0L))));

        Table table = Workbooks.read(file, "export.xlsx", 10);

        assertEquals(HEADERS, table.headers());
        assertEquals(List.of("91110000802100433B", "白市驿加油站", "12", "1234.5", "2026-11-28", "2026-11-28T08:30:15",
                "2026-11-29T02:10:00Z", "TRUE", ""), table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).number());
        assertEquals("0", table.rows().get(1).cell(2));
    }

    @Test
    void xlsxHasTypedCellsABoldFrozenHeaderAndFittedColumns() throws IOException {
        byte[] file = xlsx(new SheetSpec("企业", HEADERS, List.of(ROW)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("企业");
            XSSFRow header = sheet.getRow(0);
            assertTrue(header.getCell(0).getCellStyle().getFont().getBold());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            XSSFRow row = sheet.getRow(1);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals(CellType.NUMERIC, row.getCell(2).getCellType());
            assertEquals("yyyy-mm-dd", row.getCell(4).getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2026, 11, 28), row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.BOOLEAN, row.getCell(7).getCellType());
            // 8 Chinese characters count as 16 places: wider than a 4-character one
            assertTrue(sheet.getColumnWidth(0) > sheet.getColumnWidth(2) + 6 * 256);
            assertTrue(sheet.getColumnWidth(0) >= 18 * 256, "width " + sheet.getColumnWidth(0));
        }
    }

    @Test
    void longNumbersBecomeTextSoNoDigitIsLost() throws IOException {
        byte[] file = xlsx(new SheetSpec("s", List.of("id"), List.of(List.of(123456789012345678L))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals("123456789012345678", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() throws IOException {
        byte[] file = xlsx(new SheetSpec("a/b", List.of("x"), List.of()), new SheetSpec("A/B", List.of("y"), List.of()),
                new SheetSpec(null, List.of("z"), List.of()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals("a b", workbook.getSheetName(0));
            assertEquals("A B (2)", workbook.getSheetName(1));
            assertEquals("Sheet1", workbook.getSheetName(2));
        }
    }

    @Test
    void csvIsUtf8WithBomCrlfAndQuotedWhereNeeded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeCsv(out, new SheetSpec("x", List.of("名称", "备注"),
                List.of(Arrays.asList("甲, 乙", "他说\"好\""), Arrays.asList("=1+1", -5), List.of("-", "x"))));
        byte[] bytes = out.toByteArray();

        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("名称,备注\r\n\"甲, 乙\",\"他说\"\"好\"\"\"\r\n'=1+1,-5\r\n'-,x\r\n", text);

        Table table = Workbooks.read(bytes, "back.csv", 10);
        assertEquals(List.of("甲, 乙", "他说\"好\""), table.rows().get(0).cells());
    }

    @Test
    void tenThousandRowsWrittenAndRead() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            List<Object> row = new ArrayList<>();
            row.add(String.format("9132%014d", i));
            row.add("重庆市白市驿镇企业" + i);
            row.add(13_800_000_000L + i);
            row.add(LocalDate.of(2020, 1, 1).plusDays(i % 2000));
            for (int c = 4; c < 20; c++) {
                row.add(c % 2 == 0 ? "字段" + c + "-" + i : (Object) (i * c));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            headers.add("列" + c);
        }

        byte[] file = xlsx(new SheetSpec("企业", headers, rows));
        Table table = Workbooks.read(file, "big.xlsx", 10_000);

        assertEquals(10_000, table.rows().size());
        Table.Row last = table.rows().get(9_999);
        assertEquals(10_001, last.number());
        assertEquals("913200000000009999", last.cell(0));
        assertEquals("重庆市白市驿镇企业9999", last.cell(1));
        assertEquals("13800009999", last.cell(2));
        assertEquals(LocalDate.of(2020, 1, 1).plusDays(9_999 % 2000).toString(), last.cell(3));
        assertEquals(String.valueOf(9_999 * 19), last.cell(19));
        assertFalse(table.rows().stream().anyMatch(r -> r.cells().size() != 20));
    }

    private byte[] xlsx(SheetSpec... sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeXlsx(out, List.of(sheets));
        return out.toByteArray();
    }
}
