package org.safegrid.fonts.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Turns a WOFF 1.0 font (W3C "WOFF File Format 1.0") back into the TrueType/OpenType (sfnt) file it was made from,
 * which PDFBox can read and embed. Each table is copied, or zlib-inflated when its compressed length is below its
 * original length; the sfnt is rebuilt with the tables in the WOFF's (tag-sorted) order, each padded to 4 bytes, with
 * new offsets and the original checksums. Extended metadata and private data are dropped. A {@link TableTransform} may
 * replace tables on the way (the checksum of a replaced table is computed anew; the {@code head} table's whole-font
 * checksum adjustment is left as it was, which no reader of ours checks).
 */
public final class WoffConverter {

    static final int WOFF_SIGNATURE = 0x774F4646; // "wOFF"
    static final int WOFF_HEADER_SIZE = 44;
    static final int WOFF_ENTRY_SIZE = 20;
    static final int SFNT_HEADER_SIZE = 12;
    static final int SFNT_ENTRY_SIZE = 16;
    /** No font has more tables than this; a larger count is a corrupt file. */
    static final int MAX_TABLES = 256;

    private WoffConverter() {
    }

    /** Replaces a table's data while the font is converted. */
    @FunctionalInterface
    public interface TableTransform {
        /** The data to write for the table; {@code data} itself to keep it. */
        byte[] apply(String tag, byte[] data) throws IOException;
    }

    /** A table as the WOFF directory describes it. */
    private record Entry(int tag, int offset, int compLength, int origLength, int checksum) {
    }

    /**
     * The sfnt bytes of a WOFF 1.0 font.
     *
     * @throws IOException when the data is not a well-formed WOFF 1.0 font
     */
    public static byte[] toSfnt(byte[] woff) throws IOException {
        return toSfnt(woff, (tag, data) -> data);
    }

    /**
     * The sfnt bytes of a WOFF 1.0 font, with tables replaced by {@code transform}.
     *
     * @throws IOException when the data is not a well-formed WOFF 1.0 font, or the transform fails
     */
    public static byte[] toSfnt(byte[] woff, TableTransform transform) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(woff);
        if (woff.length < WOFF_HEADER_SIZE || in.getInt(0) != WOFF_SIGNATURE) {
            throw new IOException("not a WOFF 1.0 font");
        }
        int flavor = in.getInt(4);
        int numTables = Short.toUnsignedInt(in.getShort(12));
        if (numTables == 0 || numTables > MAX_TABLES) {
            throw new IOException("bad table count " + numTables);
        }
        List<Entry> entries = directory(in, numTables, woff.length);
        List<byte[]> tables = new ArrayList<>(numTables);
        List<Integer> checksums = new ArrayList<>(numTables);
        long total = SFNT_HEADER_SIZE + (long) SFNT_ENTRY_SIZE * numTables;
        for (Entry entry : entries) {
            byte[] data = tableData(woff, entry);
            byte[] written = transform.apply(tagName(entry.tag()), data);
            tables.add(written);
            checksums.add(written == data ? entry.checksum() : checksum(written));
            total += padded(written.length);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IOException("font too large");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total);
        writeOffsetTable(out, flavor, numTables);
        int offset = SFNT_HEADER_SIZE + SFNT_ENTRY_SIZE * numTables;
        for (int i = 0; i < numTables; i++) {
            byte[] data = tables.get(i);
            out.putInt(entries.get(i).tag()).putInt(checksums.get(i)).putInt(offset).putInt(data.length);
            offset += padded(data.length);
        }
        for (byte[] data : tables) {
            out.put(data);
            out.position(padded(out.position()));
        }
        return out.array();
    }

    private static List<Entry> directory(ByteBuffer in, int numTables, int fileLength) throws IOException {
        if (WOFF_HEADER_SIZE + (long) WOFF_ENTRY_SIZE * numTables > fileLength) {
            throw new IOException("truncated table directory");
        }
        List<Entry> entries = new ArrayList<>(numTables);
        for (int i = 0; i < numTables; i++) {
            int at = WOFF_HEADER_SIZE + WOFF_ENTRY_SIZE * i;
            Entry entry = new Entry(in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12),
                    in.getInt(at + 16));
            long end = Integer.toUnsignedLong(entry.offset()) + Integer.toUnsignedLong(entry.compLength());
            if (entry.offset() < 0 || entry.compLength() < 0 || entry.origLength() < 0 || end > fileLength
                    || entry.compLength() > entry.origLength()) {
                throw new IOException("bad directory entry for table " + tagName(entry.tag()));
            }
            entries.add(entry);
        }
        return entries;
    }

    private static void writeOffsetTable(ByteBuffer out, int flavor, int numTables) {
        int entrySelector = 31 - Integer.numberOfLeadingZeros(numTables);
        int searchRange = (1 << entrySelector) * 16;
        out.putInt(flavor)
                .putShort((short) numTables)
                .putShort((short) searchRange)
                .putShort((short) entrySelector)
                .putShort((short) (numTables * 16 - searchRange));
    }

    private static byte[] tableData(byte[] woff, Entry entry) throws IOException {
        if (entry.compLength() == entry.origLength()) {
            byte[] copy = new byte[entry.origLength()];
            System.arraycopy(woff, entry.offset(), copy, 0, copy.length);
            return copy;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(woff, entry.offset(), entry.compLength());
            byte[] table = new byte[entry.origLength()];
            int filled = 0;
            while (filled < table.length && !inflater.finished()) {
                int n = inflater.inflate(table, filled, table.length - filled);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                filled += n;
            }
            if (filled != table.length || !inflater.finished()) {
                throw new IOException("table " + tagName(entry.tag()) + " does not inflate to its original length");
            }
            return table;
        } catch (DataFormatException e) {
            throw new IOException("table " + tagName(entry.tag()) + " is not valid zlib data", e);
        } finally {
            inflater.end();
        }
    }

    /** The sfnt table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
    static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < data.length ? data[i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    static int padded(int length) {
        return (length + 3) & ~3;
    }

    static String tagName(int tag) {
        ByteArrayOutputStream name = new ByteArrayOutputStream(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = (tag >>> shift) & 0xFF;
            name.write(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return name.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
