package org.safegrid.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What a file is, told by its first bytes, not its name. */
enum FileKind {
    /** No bytes at all. */
    EMPTY,
    /** A zip archive: XLSX if it holds a workbook. */
    ZIP,
    /** An OLE2 compound file: XLS, or an XLSX with a password. */
    OLE2,
    /** A known binary format that is no spreadsheet: PDF, images, archives. */
    OTHER_BINARY,
    /** Anything else: a CSV candidate, checked further when decoded. */
    TEXT;

    private static final byte[][] ZIP_MAGIC = {{'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8}};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[][] OTHER_MAGIC = {{'%', 'P', 'D', 'F'}, // PDF
            {(byte) 0x89, 'P', 'N', 'G'}, // PNG
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, // JPEG
            {'G', 'I', 'F', '8'}, // GIF
            {'R', 'I', 'F', 'F'}, // WebP, AVI, WAV
            {0x1F, (byte) 0x8B}, // gzip
            {'R', 'a', 'r', '!'}, // RAR
            {'7', 'z', (byte) 0xBC, (byte) 0xAF}, // 7-Zip
            {'{', '\\', 'r', 't', 'f'}, // RTF
    };

    static FileKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            return EMPTY;
        }
        if (Arrays.stream(ZIP_MAGIC).anyMatch(m -> startsWith(head, m))) {
            return ZIP;
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return OLE2;
        }
        if (Arrays.stream(OTHER_MAGIC).anyMatch(m -> startsWith(head, m))) {
            return OTHER_BINARY;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
