package org.safegrid.fonts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.fonts.api.CjkFonts.Weight;

class WoffConverterTest {

    private static byte[] regularWoff;
    private static byte[] regularSfnt;

    @BeforeAll
    static void convertTheShippedFont() throws IOException {
        // the file the build copied from npm into the bundle
        try (InputStream in = WoffConverterTest.class.getClassLoader()
                .getResourceAsStream(ConvertedFaces.resource(Weight.REGULAR))) {
            regularWoff = in.readAllBytes();
        }
        regularSfnt = WoffConverter.toSfnt(regularWoff);
    }

    @Test
    void theRealPlexFontParsesAsTrueTypeWithChineseAndLatinGlyphs() throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(regularSfnt))) {
            assertTrue(font.getNumberOfGlyphs() > 20000, "glyphs: " + font.getNumberOfGlyphs());
            assertTrue(font.getName().startsWith("IBMPlexSansSC"), font.getName());
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (char c : "安全生产责任公示牌未明确AZaz09".toCharArray()) {
                assertTrue(cmap.getGlyphId(c) > 0, "no glyph for " + c);
            }
            int an = cmap.getGlyphId('安');
            assertTrue(font.getGlyph().getGlyph(an).getNumberOfContours() > 0, "安 has an outline");
        }
    }

    @Test
    void theSfntHasTheDeclaredSizeAndAlignedTablesInTheWoffOrder() {
        ByteBuffer woff = ByteBuffer.wrap(regularWoff);
        ByteBuffer sfnt = ByteBuffer.wrap(regularSfnt);
        int tables = Short.toUnsignedInt(woff.getShort(12));
        assertEquals(woff.getInt(4), sfnt.getInt(0), "flavor");
        assertEquals(tables, Short.toUnsignedInt(sfnt.getShort(4)));
        assertEquals(woff.getInt(16), regularSfnt.length, "totalSfntSize of the WOFF header");
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            assertEquals(woff.getInt(44 + 20 * i), sfnt.getInt(entry), "tag " + i);
            assertEquals(woff.getInt(44 + 20 * i + 16), sfnt.getInt(entry + 4), "checksum " + i);
            assertEquals(0, sfnt.getInt(entry + 8) % 4, "offset of table " + i);
            assertEquals(woff.getInt(44 + 20 * i + 12), sfnt.getInt(entry + 12), "length " + i);
        }
    }

    @Test
    void inflatesCompressedTablesAndCopiesStoredOnes() throws IOException {
        byte[] compressible = new byte[1000];
        Arrays.fill(compressible, (byte) 'x');
        byte[] stored = "abcde".getBytes(StandardCharsets.US_ASCII);
        byte[] woff = woff(new byte[][]{compressible, stored}, new boolean[]{true, false});

        ByteBuffer sfnt = ByteBuffer.wrap(WoffConverter.toSfnt(woff));

        assertEquals(2, sfnt.getShort(4));
        assertEquals(32, sfnt.getShort(6), "searchRange");
        assertEquals(1, sfnt.getShort(8), "entrySelector");
        assertEquals(0, sfnt.getShort(10), "rangeShift");
        int first = sfnt.getInt(12 + 8);
        int second = sfnt.getInt(12 + 16 + 8);
        assertEquals(12 + 32, first);
        assertEquals(first + 1000, second);
        assertArrayEquals(compressible, Arrays.copyOfRange(sfnt.array(), first, first + 1000));
        assertArrayEquals(stored, Arrays.copyOfRange(sfnt.array(), second, second + 5));
        assertEquals(second + 8, sfnt.capacity(), "the last table is padded to 4 bytes");
    }

    @Test
    void refusesWhatIsNotAWoffFont() {
        assertThrows(IOException.class, () -> WoffConverter.toSfnt(new byte[10]));
        assertThrows(IOException.class, () -> WoffConverter.toSfnt(Arrays.copyOf(regularSfnt, 1000)));
        byte[] truncated = Arrays.copyOf(regularWoff, 5000);
        assertThrows(IOException.class, () -> WoffConverter.toSfnt(truncated));
    }

    @Test
    void refusesATableThatDoesNotInflate() throws IOException {
        byte[] table = new byte[200];
        byte[] woff = woff(new byte[][]{table}, new boolean[]{true});
        woff[44 + 20 + 2] ^= 0x55; // corrupt the zlib stream
        assertThrows(IOException.class, () -> WoffConverter.toSfnt(woff));
    }

    /** A WOFF of the given tables (tags t000, t001...), each compressed or stored. */
    private static byte[] woff(byte[][] tables, boolean[] compress) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int n = tables.length;
        ByteBuffer directory = ByteBuffer.allocate(20 * n);
        int offset = 44 + 20 * n;
        for (int i = 0; i < n; i++) {
            byte[] body = compress[i] ? deflate(tables[i]) : tables[i];
            directory.putInt(ByteBuffer.wrap(("t00" + i).getBytes(StandardCharsets.US_ASCII)).getInt())
                    .putInt(offset)
                    .putInt(body.length)
                    .putInt(tables[i].length)
                    .putInt(0x12345678 + i);
            data.writeBytes(body);
            int pad = (4 - body.length % 4) % 4;
            data.writeBytes(new byte[pad]);
            offset += body.length + pad;
        }
        ByteBuffer header = ByteBuffer.allocate(44);
        header.putInt(WoffConverter.WOFF_SIGNATURE).putInt(0x00010000).putInt(offset).putShort((short) n);
        return ByteBuffer.allocate(offset).put(header.array()).put(directory.array()).put(data.toByteArray()).array();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }
}
