package org.safegrid.fonts.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes every glyph of a font's full-Unicode character map (format 12) answer to one code point, so that text copied
 * or searched in a PDF comes back as it was written.
 *
 * <p>
 * A CJK font draws 生 (U+751F) and the Kangxi radical ⽣ (U+2F63) with the same glyph; PDFBox up to 3.0.7 writes the
 * lowest code point of a glyph into the PDF's ToUnicode map, so 安全生产 came back as 安全⽣产, the em dash as a combining
 * stroke, and characters of CJK Extension B as private-use code points. Here each glyph keeps its preferred code point
 * only: not private use, not a radical, compatibility ideograph, combining mark or deprecated bracket, and otherwise the
 * lowest. The other code points are dropped from the map and reported as substitutes, which the text is mapped through
 * before it is drawn (the glyph is the same). The new subtable is appended to the table and the records that named the
 * old one point to it.
 */
final class CanonicalCmap {

    static final int FORMAT_12 = 12;

    /**
     * The rewritten table and the code points it no longer maps.
     *
     * @param table the new {@code cmap} table
     * @param substitutes each dropped code point with the preferred code point of the same glyph
     */
    record Result(byte[] table, Map<Integer, Integer> substitutes) {
    }

    private CanonicalCmap() {
    }

    static Result rewrite(byte[] cmap) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(cmap);
        int records = Short.toUnsignedInt(in.getShort(2));
        if (4 + 8L * records > cmap.length) {
            throw new IOException("truncated cmap table");
        }
        Set<Integer> offsets = new LinkedHashSet<>();
        for (int i = 0; i < records; i++) {
            int offset = in.getInt(4 + 8 * i + 4);
            if (offset > 0 && offset + 16L <= cmap.length && in.getShort(offset) == FORMAT_12) {
                offsets.add(offset);
            }
        }
        if (offsets.isEmpty()) {
            return new Result(cmap, Map.of());
        }
        Map<Integer, Integer> substitutes = new HashMap<>();
        Map<Integer, byte[]> rewritten = new java.util.LinkedHashMap<>();
        int size = WoffConverter.padded(cmap.length);
        for (int offset : offsets) {
            TreeMap<Integer, Integer> map = read(in, offset, cmap.length);
            substitutes.putAll(canonicalise(map));
            byte[] subtable = subtable(map, in.getInt(offset + 8));
            rewritten.put(offset, subtable);
            size += WoffConverter.padded(subtable.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(cmap);
        Map<Integer, Integer> moved = new HashMap<>();
        for (Map.Entry<Integer, byte[]> e : rewritten.entrySet()) {
            out.position(WoffConverter.padded(out.position()));
            moved.put(e.getKey(), out.position());
            out.put(e.getValue());
        }
        for (int i = 0; i < records; i++) {
            Integer target = moved.get(in.getInt(4 + 8 * i + 4));
            if (target != null) {
                out.putInt(4 + 8 * i + 4, target);
            }
        }
        byte[] table = new byte[out.position()];
        System.arraycopy(out.array(), 0, table, 0, table.length);
        return new Result(table, Map.copyOf(substitutes));
    }

    /** Code point to glyph of a format 12 subtable. */
    private static TreeMap<Integer, Integer> read(ByteBuffer in, int offset, int limit) throws IOException {
        long groups = Integer.toUnsignedLong(in.getInt(offset + 12));
        if (offset + 16 + 12 * groups > limit) {
            throw new IOException("truncated format 12 subtable");
        }
        TreeMap<Integer, Integer> map = new TreeMap<>();
        for (int g = 0; g < groups; g++) {
            int at = offset + 16 + 12 * g;
            int start = in.getInt(at);
            int end = in.getInt(at + 4);
            int glyph = in.getInt(at + 8);
            if (start < 0 || end < start || end > Character.MAX_CODE_POINT) {
                throw new IOException("bad format 12 group " + g);
            }
            for (int c = start; c <= end; c++) {
                map.put(c, glyph + (c - start));
            }
        }
        return map;
    }

    /** Leaves one code point per glyph in the map; answers the dropped ones with their replacement. */
    static Map<Integer, Integer> canonicalise(TreeMap<Integer, Integer> map) {
        Map<Integer, List<Integer>> byGlyph = new HashMap<>();
        map.forEach((c, glyph) -> byGlyph.computeIfAbsent(glyph, k -> new ArrayList<>(1)).add(c));
        Map<Integer, Integer> substitutes = new HashMap<>();
        byGlyph.remove(0); // code points the font leaves undrawn
        for (List<Integer> codes : byGlyph.values()) {
            if (codes.size() < 2) {
                continue;
            }
            int preferred = codes.get(0);
            for (int c : codes) {
                if (rank(c) < rank(preferred)) {
                    preferred = c;
                }
            }
            for (int c : codes) {
                if (c != preferred) {
                    map.remove(c);
                    substitutes.put(c, preferred);
                }
            }
        }
        return substitutes;
    }

    /** Lower is better: a code point people write, then a secondary form, then private use. */
    static int rank(int c) {
        if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) {
            return 2;
        }
        boolean secondary = (c >= 0x0300 && c <= 0x036F) // combining marks
                || c == 0x2329 || c == 0x232A // deprecated angle brackets
                || (c >= 0x2E80 && c <= 0x2FDF) // CJK radicals supplement, Kangxi radicals
                || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
                || (c >= 0x2F800 && c <= 0x2FA1F); // their supplement
        return secondary ? 1 : 0;
    }

    private static byte[] subtable(TreeMap<Integer, Integer> map, int language) {
        List<int[]> groups = new ArrayList<>();
        int[] group = null;
        for (Map.Entry<Integer, Integer> e : map.entrySet()) {
            int c = e.getKey();
            int glyph = e.getValue();
            if (group != null && c == group[1] + 1 && glyph == group[2] + (c - group[0])) {
                group[1] = c;
            } else {
                group = new int[]{c, c, glyph};
                groups.add(group);
            }
        }
        ByteBuffer out = ByteBuffer.allocate(16 + 12 * groups.size());
        out.putShort((short) FORMAT_12).putShort((short) 0).putInt(out.capacity()).putInt(language)
                .putInt(groups.size());
        for (int[] g : groups) {
            out.putInt(g[0]).putInt(g[1]).putInt(g[2]);
        }
        return out.array();
    }
}
