package org.safegrid.fonts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.safegrid.fonts.api.CjkFonts.Weight;

class CanonicalCmapTest {

    @Test
    void eachGlyphKeepsTheCodePointPeopleWrite() {
        TreeMap<Integer, Integer> map = new TreeMap<>(Map.of(0x2F63, 5, 0x751F, 5, // Kangxi 生 and 生
                0x0336, 7, 0x2014, 7, // combining stroke and em dash
                0xE816, 9, 0x20087, 9, // private use and Extension B
                0x0020, 3, 0x00A0, 3, // space and no-break space
                0x4E00, 10, 0x4E01, 11));

        Map<Integer, Integer> substitutes = CanonicalCmap.canonicalise(map);

        assertEquals(Map.of(0x2F63, 0x751F, 0x0336, 0x2014, 0xE816, 0x20087, 0x00A0, 0x0020), substitutes);
        assertEquals(List.of(0x0020, 0x2014, 0x4E00, 0x4E01, 0x751F, 0x20087), List.copyOf(map.keySet()));
    }

    @Test
    void rewritesTheFormat12SubtableAndPointsItsRecordsToTheNewOne() throws IOException {
        // two records share one format 12 subtable; a third names a (fake) format 4 subtable
        ByteBuffer cmap = ByteBuffer.allocate(4 + 3 * 8 + 8 + 16 + 3 * 12);
        cmap.putShort((short) 0).putShort((short) 3);
        int format4 = 4 + 3 * 8;
        int format12 = format4 + 8;
        cmap.putShort((short) 0).putShort((short) 4).putInt(format12);
        cmap.putShort((short) 3).putShort((short) 1).putInt(format4);
        cmap.putShort((short) 3).putShort((short) 10).putInt(format12);
        cmap.putShort((short) 4).putShort((short) 8).putInt(0); // not read
        cmap.putShort((short) 12).putShort((short) 0).putInt(16 + 3 * 12).putInt(0).putInt(3);
        cmap.putInt(0x2F63).putInt(0x2F63).putInt(5); // ⽣
        cmap.putInt(0x4E00).putInt(0x4E02).putInt(20); // 一 丁 丂 → 20, 21, 22
        cmap.putInt(0x751F).putInt(0x751F).putInt(5); // 生

        CanonicalCmap.Result result = CanonicalCmap.rewrite(cmap.array());

        assertEquals(Map.of(0x2F63, 0x751F), result.substitutes());
        ByteBuffer table = ByteBuffer.wrap(result.table());
        int moved = table.getInt(4 + 4);
        assertEquals(cmap.capacity(), moved, "appended after the old table");
        assertEquals(format4, table.getInt(4 + 8 + 4), "the format 4 record is left alone");
        assertEquals(moved, table.getInt(4 + 16 + 4));
        assertEquals(12, table.getShort(moved));
        assertEquals(2, table.getInt(moved + 12), "groups");
        assertEquals(0x4E00, table.getInt(moved + 16));
        assertEquals(0x4E02, table.getInt(moved + 20));
        assertEquals(20, table.getInt(moved + 24));
        assertEquals(0x751F, table.getInt(moved + 28));
        assertEquals(16 + 2 * 12, table.getInt(moved + 4), "length");
    }

    @Test
    void aTableWithoutFormat12IsKept() throws IOException {
        byte[] cmap = ByteBuffer.allocate(12 + 8).putShort((short) 0).putShort((short) 1).putShort((short) 3)
                .putShort((short) 1).putInt(12).putShort((short) 4).array();
        CanonicalCmap.Result result = CanonicalCmap.rewrite(cmap);
        assertSame(cmap, result.table());
        assertEquals(Map.of(), result.substitutes());
    }

    @Test
    void thePlexFontAnswersOneCodePointPerGlyph() throws IOException {
        ConvertedFaces fonts = new ConvertedFaces(getClass().getClassLoader());
        try (TrueTypeFont font = fonts.parse(Weight.REGULAR)) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            int sheng = cmap.getGlyphId(0x751F);
            assertEquals(List.of(0x751F), cmap.getCharCodes(sheng), "生 only, not the Kangxi radical too");
            assertEquals(0, cmap.getGlyphId(0x2F63));
            assertEquals(List.of(0x2014), cmap.getCharCodes(cmap.getGlyphId(0x2014)), "—");
            int multiple = 0;
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codes = cmap.getCharCodes(glyph);
                if (codes != null && codes.size() > 1) {
                    multiple++;
                }
            }
            assertEquals(0, multiple, "glyphs with several code points");
        }
        Map<Integer, Integer> substitutes = fonts.converted(Weight.REGULAR).substitutes();
        assertEquals(0x751F, substitutes.get(0x2F63));
        assertEquals(0x2014, substitutes.get(0x0336));
    }
}
