package org.safegrid.plates.print.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class PlateFontsTest {

    @Test
    void convertsEachFaceOnceForAllThreads() throws Exception {
        PlateFonts fonts = new PlateFonts(getClass().getClassLoader(), 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> fonts.sfnt(PlateFonts.Face.BOLD));
            }
            List<Future<byte[]>> results = pool.invokeAll(calls);
            byte[] first = results.get(0).get();
            for (Future<byte[]> result : results) {
                assertSame(first, result.get(), "one conversion, one array");
            }
            assertNotSame(first, fonts.sfnt(PlateFonts.Face.REGULAR));
            assertEquals(0x00010000, java.nio.ByteBuffer.wrap(first).getInt(), "TrueType outlines");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parsedFacesAreLentToOneDocumentAtATimeAndKeptUpToTheLimit() throws IOException {
        PlateFonts fonts = new PlateFonts(getClass().getClassLoader(), 1);
        PlateFonts.Lease first = fonts.lease();
        PlateFonts.Lease second = fonts.lease();
        assertNotSame(first.regular(), second.regular(), "two documents at once get their own faces");
        assertEquals("IBMPlexSansSC", first.regular().getName());
        assertEquals("IBMPlexSansSC-Bold", first.bold().getName());

        fonts.giveBack(first, true);
        fonts.giveBack(second, true); // beyond the limit: closed
        assertSame(first, fonts.lease(), "kept for the next document");
        assertNotSame(second, fonts.lease());

        PlateFonts.Lease failed = fonts.lease();
        fonts.giveBack(failed, false);
        assertNotSame(failed, fonts.lease(), "the faces of a failed document are not reused");
    }

    @Test
    void aMissingFontFileIsAnError() {
        PlateFonts fonts = new PlateFonts(new ClassLoader(null) {
        }, 1);
        IOException e = assertThrows(IOException.class, () -> fonts.sfnt(PlateFonts.Face.REGULAR));
        assertEquals("the bundle lacks " + PlateFonts.Face.REGULAR.resource(), e.getMessage());
    }
}
