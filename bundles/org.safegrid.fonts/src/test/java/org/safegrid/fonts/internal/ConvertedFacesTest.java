package org.safegrid.fonts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.safegrid.fonts.api.CjkFonts.Weight;

class ConvertedFacesTest {

    @Test
    void convertsEachFaceOnceForAllThreads() throws Exception {
        ConvertedFaces faces = new ConvertedFaces(getClass().getClassLoader());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> faces.sfnt(Weight.BOLD));
            }
            List<Future<byte[]>> results = pool.invokeAll(calls);
            byte[] first = results.get(0).get();
            for (Future<byte[]> result : results) {
                assertSame(first, result.get(), "one conversion, one array");
            }
            assertNotSame(first, faces.sfnt(Weight.REGULAR));
            assertEquals(0x00010000, ByteBuffer.wrap(first).getInt(), "TrueType outlines");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachWeightParsesAsItsFace() throws IOException {
        ConvertedFaces faces = new ConvertedFaces(getClass().getClassLoader());
        try (TrueTypeFont regular = faces.parse(Weight.REGULAR); TrueTypeFont bold = faces.parse(Weight.BOLD)) {
            assertEquals("IBMPlexSansSC", regular.getName());
            assertEquals("IBMPlexSansSC-Bold", bold.getName());
        }
    }

    @Test
    void aMissingFontFileIsAnError() {
        ConvertedFaces faces = new ConvertedFaces(new ClassLoader(null) {
        });
        IOException e = assertThrows(IOException.class, () -> faces.sfnt(Weight.REGULAR));
        assertEquals("the bundle lacks fonts/IBMPlexSansSC-Regular.woff", e.getMessage());
    }

    @Test
    void theLicenceShipsWithTheFonts() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("fonts/LICENSE.txt")) {
            String licence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(licence.contains("SIL OPEN FONT LICENSE Version 1.1"),
                    licence.substring(0, Math.min(200, licence.length())));
        }
    }
}
