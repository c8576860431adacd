package org.safegrid.fonts.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.safegrid.fonts.api.CjkFonts;

/**
 * {@link CjkFonts} with IBM Plex Sans SC from this bundle: converted from WOFF once (see {@link ConvertedFaces}),
 * parsed copies lent to one document at a time (see {@link FacePool}), embedded as subsets. Also usable without OSGi
 * (tests of other modules): {@code new PlexSansFonts()} reads the fonts through this class's class loader.
 */
@Component(service = CjkFonts.class)
public final class PlexSansFonts implements CjkFonts {

    /** Parsed faces kept between documents, per weight (each holds a few MB of parsed tables). */
    static final int MAX_IDLE = 2;

    private final ConvertedFaces converted;
    private final Map<Weight, FacePool> pools = new EnumMap<>(Weight.class);

    public PlexSansFonts() {
        this(new ConvertedFaces(PlexSansFonts.class.getClassLoader()));
    }

    PlexSansFonts(ConvertedFaces converted) {
        this.converted = converted;
        for (Weight weight : Weight.values()) {
            pools.put(weight, new FacePool(() -> converted.parse(weight), MAX_IDLE));
        }
    }

    @Override
    public PDFont load(PDDocument document, Weight weight) throws IOException {
        Objects.requireNonNull(document, "document");
        FacePool pool = pools.get(Objects.requireNonNull(weight, "weight"));
        // the face stays the document's until it is closed, whether or not loading succeeds
        TrueTypeFont face = pool.lend(document);
        return PDType0Font.load(document, face, true);
    }

    /** The pool of one weight, for tests. */
    FacePool pool(Weight weight) {
        return pools.get(weight);
    }

    /** The converted faces, for tests. */
    ConvertedFaces converted() {
        return converted;
    }

    @Deactivate
    void close() {
        pools.values().forEach(FacePool::close);
    }
}
