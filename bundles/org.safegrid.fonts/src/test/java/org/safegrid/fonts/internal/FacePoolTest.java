package org.safegrid.fonts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.fonts.api.CjkFonts.Weight;

class FacePoolTest {

    private static final ConvertedFaces FACES = new ConvertedFaces(FacePoolTest.class.getClassLoader());

    private final List<TrueTypeFont> parsed = new ArrayList<>();
    private FacePool pool;

    @BeforeEach
    void pool() {
        pool = new FacePool(() -> {
            TrueTypeFont face = FACES.parse(Weight.REGULAR);
            parsed.add(face);
            return face;
        }, 2);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void twoOpenDocumentsGetTheirOwnFaceAndOneDocumentKeepsItsFace() throws IOException {
        try (PDDocument a = new PDDocument(); PDDocument b = new PDDocument()) {
            TrueTypeFont first = pool.lend(a);
            TrueTypeFont second = pool.lend(b);
            assertNotSame(first, second);
            assertSame(first, pool.lend(a), "the same document asks again");
            assertEquals(2, parsed.size());
            assertEquals(2, pool.lent());
        }
    }

    @Test
    void aClosedDocumentsFaceGoesToTheNextDocument() throws IOException {
        PDDocument first = new PDDocument();
        TrueTypeFont face = pool.lend(first);
        first.close();
        try (PDDocument next = new PDDocument()) {
            assertSame(face, pool.lend(next));
            assertEquals(1, parsed.size(), "parsed once");
            assertEquals(0, pool.idle());
        }
        assertEquals(1, pool.idle(), "back once the next document is closed");
        assertEquals(0, pool.lent());
    }

    @Test
    void keepsAtMostTheLimitAndClosesTheRest() throws IOException {
        List<PDDocument> documents = List.of(new PDDocument(), new PDDocument(), new PDDocument());
        for (PDDocument document : documents) {
            pool.lend(document);
        }
        for (PDDocument document : documents) {
            document.close();
        }
        assertEquals(2, pool.idle());
        assertEquals(0, pool.lent());
        try (PDDocument a = new PDDocument(); PDDocument b = new PDDocument(); PDDocument c = new PDDocument()) {
            List<TrueTypeFont> lent = List.of(pool.lend(a), pool.lend(b), pool.lend(c));
            assertEquals(4, parsed.size(), "two kept faces reused, one new");
            assertEquals(List.of(parsed.get(3)), lent.stream().filter(f -> !parsed.subList(0, 3).contains(f)).toList());
        }
    }

    @Test
    void aStoppedPoolLendsNothingAndClosesWhatComesBack() throws IOException {
        PDDocument open = new PDDocument();
        pool.lend(open);
        pool.close();
        try (PDDocument next = new PDDocument()) {
            assertThrows(IllegalStateException.class, () -> pool.lend(next));
        }
        open.close();
        assertEquals(0, pool.idle(), "the face that came back was closed, not kept");
        assertEquals(0, pool.lent());
    }
}
