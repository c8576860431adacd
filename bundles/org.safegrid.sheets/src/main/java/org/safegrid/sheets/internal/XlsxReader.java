package org.safegrid.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.sheets.api.Table;
import org.safegrid.sheets.internal.SheetErrors.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file as a stream of SAX events: POI's {@link XSSFReader} finds the parts, and
 * {@link SheetHandler} turns the sheet's XML into rows, so the sheet is never held in memory as cell objects and the
 * read stops at the first row over the limit. The package is opened from a file, so zip entries are inflated on demand
 * under POI's zip-bomb checks, at their default limits.
 */
final class XlsxReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);

    private XlsxReader() {
    }

    static Table read(Path file, String fileName, int maxRows) throws IOException {
        return BundleLoader.call(() -> {
            OPCPackage pkg;
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            } catch (ODFNotOfficeXmlFileException e) {
                throw SheetErrors.notASpreadsheet(Reason.SAVE_AS_XLSX, fileName);
            } catch (OpenXML4JException | RuntimeException e) {
                throw damaged(fileName, e);
            }
            try {
                return readWorkbook(pkg, fileName, maxRows);
            } finally {
                pkg.revert();
            }
        });
    }

    private static Table readWorkbook(OPCPackage pkg, String fileName, int maxRows) {
        checkIsWorkbook(pkg, fileName);
        TableBuilder table = new TableBuilder(fileName, maxRows);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw SheetErrors.emptyFile(fileName);
            }
            List<String> strings = sharedStrings(reader);
            NumberFormats formats = new NumberFormats(styles(reader));
            XlsxCellFormatter formatter = new XlsxCellFormatter(WorkbookProperties.date1904(reader));
            try (InputStream sheet = sheets.next()) {
                parse(sheet, new SheetHandler(table, strings, formats, formatter));
            }
        } catch (SafeGridException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof SafeGridException refusal) {
                throw refusal;
            }
            throw damaged(fileName, e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw damaged(fileName, e);
        }
        return table.build();
    }

    private static List<String> sharedStrings(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        SharedStringsReader strings = new SharedStringsReader();
        InputStream part = reader.getSharedStringsData();
        if (part != null) {
            try (part) {
                parse(part, strings);
            }
        }
        return strings.strings();
    }

    /** The styles, parsed by POI (through XMLBeans); null when the workbook has none. */
    private static StylesTable styles(XSSFReader reader) throws IOException, InvalidFormatException {
        InputStream part = reader.getStylesData();
        if (part == null) {
            return null;
        }
        try (part) {
            return new StylesTable(part);
        }
    }

    private static void parse(InputStream xml, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    /** A zip with a Word document or a presentation, a binary workbook (XLSB) or strict OOXML is no XLSX. */
    private static void checkIsWorkbook(OPCPackage pkg, String fileName) {
        PackagePart part;
        try {
            PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                    .getRelationship(0);
            if (core == null) {
                boolean strict = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)
                        .getRelationship(0) != null;
                throw strict
                        ? SheetErrors.notASpreadsheet(Reason.SAVE_AS_XLSX, fileName)
                        : damaged(fileName, new POIXMLException("no core document"));
            }
            part = pkg.getPart(core);
        } catch (SafeGridException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(fileName, e);
        }
        if (part == null) {
            throw damaged(fileName, new POIXMLException("core document part missing"));
        }
        String type = part.getContentType();
        if (type.contains("ms-excel.sheet.binary")) {
            throw SheetErrors.notASpreadsheet(Reason.SAVE_AS_XLSX, fileName);
        }
        if (!type.contains("spreadsheetml")) {
            throw SheetErrors.notASpreadsheet(Reason.UNKNOWN_FORMAT, fileName);
        }
    }

    private static SafeGridException damaged(String fileName, Exception cause) {
        // for an administrator; the user gets a plain message
        LOG.info("Refused {} as a damaged workbook: {}", SheetErrors.displayName(fileName), cause.toString());
        LOG.debug("Why {} is damaged", SheetErrors.displayName(fileName), cause);
        return SheetErrors.notASpreadsheet(Reason.DAMAGED, fileName);
    }
}
