package org.safegrid.sheets.internal;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The workbook-wide setting a sheet's values depend on: whether dates count from 1904. */
final class WorkbookProperties extends DefaultHandler {

    private boolean date1904;

    private WorkbookProperties() {
    }

    static boolean date1904(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        WorkbookProperties properties = new WorkbookProperties();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(properties);
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        } catch (StopParsing done) {
            // workbookPr comes before the sheets: nothing after it matters
        }
        return properties.date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("workbookPr".equals(localName)) {
            String value = attributes.getValue("date1904");
            date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            throw new StopParsing();
        }
        if ("sheets".equals(localName)) {
            throw new StopParsing();
        }
    }

    /** Ends the parse once the answer is known. */
    private static final class StopParsing extends SAXException {
        private static final long serialVersionUID = 1L;

        StopParsing() {
            super("done");
        }
    }
}
