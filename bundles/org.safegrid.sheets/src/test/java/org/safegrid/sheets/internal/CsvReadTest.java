package org.safegrid.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.sheets.api.Table;

class CsvReadTest {

    private static final String TEXT = "统一社会信用代码,企业名称,从业人数\r\n91110000802100433B,白市驿加油站,12\r\n";
    private static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "从业人数");
    private static final List<String> ROW = List.of("91110000802100433B", "白市驿加油站", "12");

    @Test
    void utf8WithByteOrderMark() throws IOException {
        Table table = read(bytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT, StandardCharsets.UTF_8));

        assertEquals(HEADERS, table.headers());
        assertEquals(ROW, table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).number());
    }

    @Test
    void utf8WithoutByteOrderMark() throws IOException {
        Table table = read(TEXT.getBytes(StandardCharsets.UTF_8));

        assertEquals(HEADERS, table.headers());
        assertEquals(ROW, table.rows().get(0).cells());
    }

    @Test
    void gb18030AsExcelSavesOnChineseWindows() throws IOException {
        Table table = read(TEXT.getBytes(Charset.forName("GB18030")));

        assertEquals(HEADERS, table.headers());
        assertEquals(ROW, table.rows().get(0).cells());
    }

    @Test
    void semicolonSeparated() throws IOException {
        Table table = read(TEXT.replace(',', ';').getBytes(StandardCharsets.UTF_8));

        assertEquals(HEADERS, table.headers());
        assertEquals(ROW, table.rows().get(0).cells());
    }

    @Test
    void tabSeparatedUtf16AsExcelSavesUnicodeText() throws IOException {
        Table table = read(bytes(new byte[]{(byte) 0xFF, (byte) 0xFE}, TEXT.replace(',', '\t'),
                StandardCharsets.UTF_16LE));

        assertEquals(HEADERS, table.headers());
        assertEquals(ROW, table.rows().get(0).cells());
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws IOException {
        String text = "名称,地址,备注\n\"甲, 乙\",\"一号路\r\n二号楼\",\"他说\"\"好\"\"\"\n 丙 ,,\n";

        Table table = read(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("甲, 乙", "一号路\r\n二号楼", "他说\"好\""), table.rows().get(0).cells());
        assertEquals(List.of("丙", "", ""), table.rows().get(1).cells());
        assertEquals(3, table.rows().get(1).number());
    }

    @Test
    void emptyLinesAreSkippedButCounted() throws IOException {
        String text = "\r\n名称,人数\r\n\r\n甲,1\r\n,\r\n乙\r\n";

        Table table = read(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("名称", "人数"), table.headers());
        assertEquals(2, table.rows().size());
        assertEquals(4, table.rows().get(0).number());
        assertEquals(List.of("乙", ""), table.rows().get(1).cells());
        assertEquals(6, table.rows().get(1).number());
    }

    @Test
    void anUnbalancedQuoteIsRefusedWithItsRow() {
        String text = "名称,人数\n甲,1\n\"乙,2\n丙,3\n";

        SafeGridException e = assertThrows(SafeGridException.class,
                () -> read(text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(SafeGridException.Kind.UNSUPPORTED, e.kind());
        assertEquals("damaged", e.details().get("reason"));
        assertEquals(3L, e.details().get("row"));
    }

    @Test
    void textThatNeitherEncodingDecodesIsRefused() {
        // 0xFF is invalid in UTF-8 and never starts a GB18030 character
        byte[] file = "名称\n甲\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(file, file.length + 1);
        broken[file.length] = (byte) 0xFF;

        SafeGridException e = assertThrows(SafeGridException.class, () -> read(broken));

        assertEquals("unknown_format", e.details().get("reason"));
    }

    @Test
    void nulBytesAreNoText() {
        byte[] file = "名称,人数\n甲\u00001\n".getBytes(StandardCharsets.UTF_8);

        SafeGridException e = assertThrows(SafeGridException.class, () -> read(file));

        assertEquals("unknown_format", e.details().get("reason"));
    }

    @Test
    void onlyBlankLinesIsAnEmptyFile() {
        byte[] file = bytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, " \r\n,,\r\n\r\n",
                StandardCharsets.UTF_8);

        SafeGridException e = assertThrows(SafeGridException.class, () -> read(file));

        assertEquals("empty_file", e.code());
        assertEquals(422, e.kind().status());
    }

    @Test
    void moreRowsThanAllowedAreRefused() {
        StringBuilder text = new StringBuilder("名称\n");
        for (int i = 0; i < 101; i++) {
            text.append("企业").append(i).append('\n');
        }

        SafeGridException e = assertThrows(SafeGridException.class,
                () -> Workbooks.read(text.toString().getBytes(StandardCharsets.UTF_8), "x.csv", 100));

        assertEquals("too_many_rows", e.code());
        assertEquals(413, e.kind().status());
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMost() {
        assertEquals(',', CsvSource.separator("a,b;c,d\n1;2;3;4;5"));
        assertEquals(';', CsvSource.separator("\"a,b,c\";d;e"));
        assertEquals('\t', CsvSource.separator("名称\t地址"));
        assertEquals(',', CsvSource.separator("名称"));
        assertEquals(';', CsvSource.separator("\r\n\r\n名称;地址\n"));
    }

    private static Table read(byte[] file) throws IOException {
        return Workbooks.read(file, "enterprises.csv", 100);
    }

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
