package org.safegrid.plates.print.internal.font;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IBM Plex Sans SC (regular and bold), shipped in the bundle as WOFF under {@code fonts/} and turned into TrueType on
 * first use, with one code point per glyph in its character map (see {@link CanonicalCmap}). The TrueType bytes (about
 * 8 MB a face) are kept for the life of the component. Parsing a face takes far
 * longer than rendering a plate, so parsed faces are lent to one document at a time ({@link #lease()}) and kept for
 * the next one, at most {@code idle} pairs; a parsed font reads its bytes through one position, so it is never shared
 * by two documents at once.
 */
public final class PlateFonts {

    /** The faces the plate uses. */
    public enum Face {
        REGULAR("fonts/IBMPlexSansSC-Regular.woff"), BOLD("fonts/IBMPlexSansSC-Bold.woff");

        private final String resource;

        Face(String resource) {
            this.resource = resource;
        }

        /** The WOFF file's path inside the bundle. */
        public String resource() {
            return resource;
        }
    }

    /**
     * Both faces, parsed, for one document; give them back with {@link PlateFonts#giveBack} once it is saved.
     *
     * @param regular the regular face
     * @param bold the bold face
     * @param substitutes code points the faces draw through another one with the same glyph, for example the Kangxi
     *            radical ⽣ through 生
     */
    public record Lease(TrueTypeFont regular, TrueTypeFont bold, Map<Integer, Integer> substitutes) {
    }

    /** A converted face. */
    private record Converted(byte[] sfnt, Map<Integer, Integer> substitutes) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PlateFonts.class);

    private final ClassLoader loader;
    private final Lazy regular;
    private final Lazy bold;
    private final int maxIdle;
    private final Queue<Lease> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /**
     * Fonts read through this class loader (the bundle's).
     *
     * @param maxIdle how many parsed pairs to keep between documents
     */
    public PlateFonts(ClassLoader loader, int maxIdle) {
        this.loader = loader;
        this.regular = new Lazy(Face.REGULAR);
        this.bold = new Lazy(Face.BOLD);
        this.maxIdle = maxIdle;
    }

    /** The face as TrueType bytes, converted on the first call. */
    public byte[] sfnt(Face face) throws IOException {
        return converted(face).sfnt();
    }

    private Converted converted(Face face) throws IOException {
        return (face == Face.BOLD ? bold : regular).get();
    }

    /** Parsed faces for one document: kept ones when there are, new ones otherwise. */
    public Lease lease() throws IOException {
        Lease lease = idle.poll();
        if (lease != null) {
            idleCount.decrementAndGet();
            return lease;
        }
        Map<Integer, Integer> substitutes = new HashMap<>(converted(Face.REGULAR).substitutes());
        substitutes.putAll(converted(Face.BOLD).substitutes());
        return new Lease(parse(Face.REGULAR), parse(Face.BOLD), Map.copyOf(substitutes));
    }

    /**
     * Takes back faces after their document was saved and closed; faces of a document that failed are dropped, as
     * are faces beyond the number kept.
     */
    public void giveBack(Lease lease, boolean reusable) {
        if (reusable && idleCount.incrementAndGet() <= maxIdle) {
            idle.add(lease);
            return;
        }
        if (reusable) {
            idleCount.decrementAndGet();
        }
        close(lease);
    }

    /** Drops the kept faces. */
    public void clear() {
        for (Lease lease = idle.poll(); lease != null; lease = idle.poll()) {
            idleCount.decrementAndGet();
            close(lease);
        }
    }

    private TrueTypeFont parse(Face face) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(sfnt(face)));
    }

    private static void close(Lease lease) {
        try {
            lease.regular().close();
            lease.bold().close();
        } catch (IOException e) {
            LOG.debug("Closing a parsed font failed", e);
        }
    }

    private Converted convert(Face face) throws IOException {
        byte[] woff;
        try (InputStream in = loader.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IOException("the bundle lacks " + face.resource());
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
        return new Converted(sfnt, Map.copyOf(substitutes));
    }

    /** One face, converted once however many threads ask at the same time. */
    private final class Lazy {
        private final Face face;
        private volatile Converted value;

        Lazy(Face face) {
            this.face = face;
        }

        Converted get() throws IOException {
            Converted result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = convert(face);
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
