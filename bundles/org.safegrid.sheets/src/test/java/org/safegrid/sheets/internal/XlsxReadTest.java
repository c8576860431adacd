package org.safegrid.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.sheets.api.Table;

class XlsxReadTest {

    @Test
    void numbersComeBackAsTheirDigits() throws IOException {
        byte[] file = Workbooks.xlsx(sheet -> {
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("电话");
            header.createCell(1).setCellValue("人数");
            header.createCell(2).setCellValue("面积");
            header.createCell(3).setCellValue("大数");
            header.createCell(4).setCellValue("负数");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(13812345678d);
            row.createCell(1).setCellValue(12d);
            row.createCell(2).setCellValue(0.1 + 0.2);
            row.createCell(3).setCellValue(1.23e20);
            row.createCell(4).setCellValue(-0.5);
        });

        Table table = Workbooks.read(file, "numbers.xlsx", 10);

        assertEquals(List.of("电话", "人数", "面积", "大数", "负数"), table.headers());
        assertEquals(List.of("13812345678", "12", "0.3", "123000000000000000000", "-0.5"), table.rows().get(0).cells());
    }

    @Test
    void datesBooleansFormulasAndErrorsAsText() throws IOException {
        byte[] file = Workbooks.xlsx(sheet -> {
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy年m月d日"));
            CellStyle dateTime = sheet.getWorkbook().createCellStyle();
            dateTime.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("m/d/yy h:mm"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < 6; i++) {
                header.createCell(i).setCellValue("c" + i);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2026, 11, 28));
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(LocalDateTime.of(2026, 11, 28, 8, 30));
            row.getCell(1).setCellStyle(dateTime);
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellFormula("1+2");
            row.createCell(4).setCellFormula("\"a\"&\"b\"");
            row.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Table table = Workbooks.read(file, "mixed.xlsx", 10);

        assertEquals(List.of("2026-11-28", "2026-11-28T08:30:00", "TRUE", "3", "ab", "#N/A"),
                table.rows().get(0).cells());
    }

    @Test
    void skipsEmptyRowsButKeepsExcelRowNumbers() throws IOException {
        byte[] file = Workbooks.xlsx(sheet -> {
            sheet.createRow(1).createCell(0).setCellValue("  名称\u3000"); // the header in row 2
            sheet.getRow(1).createCell(1).setCellValue("地址");
            sheet.createRow(2).createCell(1).setCellValue("一号路");
            sheet.createRow(3).createCell(0).setCellValue(" "); // blank only: skipped
            sheet.createRow(5).createCell(0).setCellValue("乙厂");
            sheet.getRow(5).createCell(4).setCellValue("no header above: ignored");
            sheet.createRow(7).createCell(3).setCellValue("only outside the header: skipped");
        });

        Table table = Workbooks.read(file, "gaps.xlsx", 10);

        assertEquals(List.of("名称", "地址"), table.headers());
        assertEquals(2, table.rows().size());
        assertEquals(3, table.rows().get(0).number());
        assertEquals(List.of("", "一号路"), table.rows().get(0).cells());
        assertEquals(6, table.rows().get(1).number());
        assertEquals(List.of("乙厂", ""), table.rows().get(1).cells());
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyTable() throws IOException {
        byte[] file = Workbooks.xlsx(sheet -> sheet.createRow(0).createCell(0).setCellValue("名称"));

        Table table = Workbooks.read(file, "template.xlsx", 10);

        assertEquals(List.of("名称"), table.headers());
        assertEquals(0, table.rows().size());
    }

    @Test
    void aSheetWithNothingIsAnEmptyFile() {
        byte[] file = Workbooks.xlsx(sheet -> sheet.createRow(3).createCell(2).setCellValue(""));

        SafeGridException e = assertThrows(SafeGridException.class, () -> Workbooks.read(file, "blank.xlsx", 10));

        assertEquals(SafeGridException.Kind.INVALID, e.kind());
        assertEquals("empty_file", e.code());
    }

    @Test
    void moreRowsThanAllowedStopTheRead() {
        byte[] file = Workbooks.xlsx(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("名称");
            for (int i = 1; i <= 6; i++) {
                sheet.createRow(i).createCell(0).setCellValue("企业" + i);
            }
        });

        SafeGridException e = assertThrows(SafeGridException.class, () -> Workbooks.read(file, "big.xlsx", 5));

        assertEquals(SafeGridException.Kind.TOO_LARGE, e.kind());
        assertEquals("too_many_rows", e.code());
        assertEquals(5, e.details().get("maxRows"));
    }

    @Test
    void exactlyMaxRowsIsAccepted() throws IOException {
        byte[] file = Workbooks.xlsx(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("名称");
            for (int i = 1; i <= 5; i++) {
                sheet.createRow(i).createCell(0).setCellValue("企业" + i);
            }
        });

        assertEquals(5, Workbooks.read(file, "five.xlsx", 5).rows().size());
    }

    @Test
    void readsTheFirstSheetOnly() throws IOException {
        byte[] file = Workbooks.xlsx(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("第一");
            sheet.getWorkbook().createSheet("second").createRow(0).createCell(0).setCellValue("第二");
        });

        assertEquals(List.of("第一"), Workbooks.read(file, "two.xlsx", 5).headers());
    }
}
