package org.safegrid.sheets.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the workbook's shared strings (where Excel keeps the text of every text cell) as plain strings, leaving out
 * phonetic guides. POI's own readers wrap each string in an XMLBeans object when asked for it, which cost more than
 * the rest of a read together.
 */
final class SharedStringsReader extends DefaultHandler {

    private static final String NS = XSSFRelation.NS_SPREADSHEETML;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // formatting runs and their properties: only their text counts
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> strings.add(CellText.unescape(text.toString()));
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
                // nothing to finish
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }
}
