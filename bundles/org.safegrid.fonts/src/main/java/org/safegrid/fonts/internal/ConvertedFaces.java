package org.safegrid.fonts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.safegrid.fonts.api.CjkFonts.Weight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IBM Plex Sans SC (regular and bold), shipped in the bundle as WOFF under {@code fonts/} and turned into TrueType on
 * first use, with one code point per glyph in its character map (see {@link CanonicalCmap}). Each face is converted
 * once, however many threads ask at the same time, and its bytes (about 8.5 MB) are kept for the life of the
 * component.
 */
final class ConvertedFaces {

    /** A converted face. */
    record Converted(byte[] sfnt, Map<Integer, Integer> substitutes) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConvertedFaces.class);

    private final ClassLoader loader;
    private final Map<Weight, Lazy> faces = new EnumMap<>(Weight.class);

    /** Fonts read through this class loader (the bundle's). */
    ConvertedFaces(ClassLoader loader) {
        this.loader = loader;
        for (Weight weight : Weight.values()) {
            faces.put(weight, new Lazy(weight));
        }
    }

    /** The WOFF file of a face, inside the bundle. */
    static String resource(Weight weight) {
        return switch (weight) {
            case REGULAR -> "fonts/IBMPlexSansSC-Regular.woff";
            case BOLD -> "fonts/IBMPlexSansSC-Bold.woff";
        };
    }

    /** The face converted, on the first call. */
    Converted converted(Weight weight) throws IOException {
        return faces.get(weight).get();
    }

    /** The face as TrueType bytes. */
    byte[] sfnt(Weight weight) throws IOException {
        return converted(weight).sfnt();
    }

    /** A new parsed face; it reads its bytes through one position, so it serves one document at a time. */
    TrueTypeFont parse(Weight weight) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(sfnt(weight)));
    }

    private Converted convert(Weight weight) throws IOException {
        String resource = resource(weight);
        byte[] woff;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the bundle lacks " + resource);
            }
            woff = in.readAllBytes();
        }
        Map<Integer, Integer> substitutes = new HashMap<>();
        byte[] sfnt = WoffConverter.toSfnt(woff, (tag, data) -> {
            if (!"cmap".equals(tag)) {
                return data;
            }
            CanonicalCmap.Result result = CanonicalCmap.rewrite(data);
            substitutes.putAll(result.substitutes());
            return result.table();
        });
        LOG.debug("Converted {}: {} bytes, {} code points left to the code point of the same glyph", resource,
                sfnt.length, substitutes.size());
        return new Converted(sfnt, Map.copyOf(substitutes));
    }

    /** One face, converted once. */
    private final class Lazy {
        private final Weight weight;
        private volatile Converted value;

        Lazy(Weight weight) {
            this.weight = weight;
        }

        Converted get() throws IOException {
            Converted result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = convert(weight);
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
