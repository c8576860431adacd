package org.safegrid.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;

/** The format is told by content, and everything that is no readable spreadsheet gets a clear refusal. */
class FormatDetectionTest {

    @Test
    void oldExcelIsRefusedWithTheSaveAsXlsxReason() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("名称");
            workbook.write(out);
            xls = out.toByteArray();
        }

        SafeGridException e = refused(xls, "企业名单.xls");

        assertEquals("save_as_xlsx", e.details().get("reason"));
        assertTrue(e.getMessage().contains("另存为") && e.getMessage().contains("企业名单.xls"), e.getMessage());
        assertTrue(((String) e.details().get("messageEn")).contains("save it as .xlsx"));
    }

    @Test
    void ole2MagicAloneIsTakenForAnOldExcelFile() {
        byte[] magic = Arrays.copyOf(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}, 600);

        assertEquals("save_as_xlsx", refused(magic, "x.xls").details().get("reason"));
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedAsEncrypted() throws Exception {
        byte[] xlsx = Workbooks.xlsx(sheet -> sheet.createRow(0).createCell(0).setCellValue("名称"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
        }

        assertEquals("encrypted", refused(out.toByteArray(), "locked.xlsx").details().get("reason"));
    }

    @Test
    void pdfAndImagesAreNoSpreadsheets() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj<</Type/Catalog>>endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

        for (byte[] file : new byte[][]{pdf, png, jpeg}) {
            SafeGridException e = refused(file, "scan.xlsx");
            assertEquals("unknown_format", e.details().get("reason"));
        }
    }

    @Test
    void randomBinaryIsNoSpreadsheet() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 'A'; // no known magic

        assertEquals("unknown_format", refused(noise, "data.csv").details().get("reason"));
    }

    @Test
    void aTruncatedWorkbookIsDamaged() {
        byte[] xlsx = Workbooks.xlsx(sheet -> sheet.createRow(0).createCell(0).setCellValue("名称"));

        SafeGridException e = refused(Arrays.copyOf(xlsx, xlsx.length / 2), "half.xlsx");

        assertEquals("damaged", e.details().get("reason"));
        assertEquals("half.xlsx", e.details().get("fileName"));
    }

    @Test
    void aZipWithoutContentTypesIsDamaged() throws IOException {
        assertEquals("damaged", refused(zip("readme.txt", "hello"), "photos.zip").details().get("reason"));
    }

    @Test
    void aWordDocumentIsNoSpreadsheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\"?><document/>");
        }

        assertEquals("unknown_format", refused(out.toByteArray(), "report.docx").details().get("reason"));
    }

    @Test
    void anOpenDocumentSpreadsheetIsToBeSavedAsXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
            put(zip, "content.xml", "<?xml version=\"1.0\"?><office:document-content/>");
            put(zip, "settings.xml", "<?xml version=\"1.0\"?><office:document-settings/>");
        }

        assertEquals("save_as_xlsx", refused(out.toByteArray(), "list.ods").details().get("reason"));
    }

    @Test
    void anHtmlTableNamedXlsIsToBeSavedAsXlsx() {
        byte[] html = "<html><body><table><tr><td>名称</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertEquals("save_as_xlsx", refused(html, "导出.xls").details().get("reason"));
        assertEquals("unknown_format", refused(html, "page.html").details().get("reason"));
    }

    @Test
    void anEmptyFileIsEmpty() {
        SafeGridException e = assertThrows(SafeGridException.class, () -> Workbooks.read(new byte[0], "a.xlsx", 10));

        assertEquals(SafeGridException.Kind.INVALID, e.kind());
        assertEquals("empty_file", e.code());
        assertEquals("“a.xlsx” is empty: it has no header row", e.details().get("messageEn"));
    }

    @Test
    void fileNamesInMessagesLoseTheirPath() {
        SafeGridException e = assertThrows(SafeGridException.class,
                () -> Workbooks.read(new byte[0], "C:\\Users\\张三\\Desktop\\名单.csv", 10));

        assertEquals("名单.csv", e.details().get("fileName"));
        assertArrayEquals(new Object[]{"fileName", "messageEn"}, e.details().keySet().stream().sorted().toArray());
    }

    @Test
    void withoutAFileNameTheMessageSaysSo() {
        SafeGridException e = assertThrows(SafeGridException.class, () -> Workbooks.read(new byte[0], null, 10));

        assertEquals("文件“未命名文件”是空的：没有表头行", e.getMessage());
        assertEquals("“unnamed file” is empty: it has no header row", e.details().get("messageEn"));
        assertFalse(e.details().containsKey("fileName"));
    }

    private static SafeGridException refused(byte[] file, String name) {
        SafeGridException e = assertThrows(SafeGridException.class, () -> Workbooks.read(file, name, 100));
        assertEquals(SafeGridException.Kind.UNSUPPORTED, e.kind(), e.getMessage());
        assertEquals(415, e.kind().status());
        assertEquals("not_a_spreadsheet", e.code());
        return e;
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, name, content);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
