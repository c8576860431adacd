package org.safegrid.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void numbersArePlain() {
        assertEquals("13812345678", CellText.number(13812345678d));
        assertEquals("12", CellText.number(12.0));
        assertEquals("0.3", CellText.number(0.1 + 0.2));
        assertEquals("0", CellText.number(-0.0));
        assertEquals("0.000001", CellText.number(1e-6));
        assertEquals("-1234.5", CellText.number(new BigDecimal("-1234.500")));
        assertEquals("123456789012345678901", CellText.number(new BigInteger("123456789012345678901")));
        assertEquals("7", CellText.number(7L));
    }

    @Test
    void trimRemovesChineseAndInvisibleSpaces() {
        assertEquals("白市驿", CellText.trim("\u3000 白市驿\u00A0\u200B\t"));
        assertEquals("", CellText.trim(null));
        assertEquals("a b", CellText.trim("\uFEFFa b\r\n"));
    }

    @Test
    void valuesAsText() {
        assertEquals("TRUE", CellText.of(true));
        assertEquals("2026-11-29T02:10:00Z", CellText.of(Instant.parse("2026-11-29T02:10:00.999Z")));
        assertEquals("", CellText.of(null));
    }

    @Test
    void wideCharactersCountTwice() {
        assertEquals(4, ColumnWidths.width("名称"));
        assertEquals(4, ColumnWidths.width("ab名"));
        assertEquals(3, ColumnWidths.width("abc\n名"));
    }

    @Test
    void columnsFromReferences() {
        assertEquals(0, SheetHandler.column("A1"));
        assertEquals(27, SheetHandler.column("AB12"));
        assertEquals(16_383, SheetHandler.column("XFD1"));
        assertEquals(-1, SheetHandler.column("ZZZZ1"));
    }

    @Test
    void formulaLikeTextIsDefused() {
        assertEquals("'=HYPERLINK(\"x\")", CsvWriter.defuse("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", CsvWriter.defuse("@SUM(A1)"));
        assertEquals("-5", CsvWriter.defuse("-5"));
        assertEquals("+86", CsvWriter.defuse("+86"));
        assertEquals("'+86 138", CsvWriter.defuse("+86 138"));
        assertEquals("白市驿", CsvWriter.defuse("白市驿"));
    }
}
