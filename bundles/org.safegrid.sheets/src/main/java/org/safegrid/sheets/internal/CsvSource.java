package org.safegrid.sheets.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.safegrid.sheets.internal.SheetErrors.Reason;

/**
 * A text file about to be read as CSV: its encoding, told by a byte-order mark or by which encoding decodes every byte
 * (UTF-8 first; GB18030, as Excel saves CSV on Chinese Windows, when strict UTF-8 fails), and its separator, told by
 * the header line. Binary data, which no encoding decodes or which holds NUL bytes, is refused.
 *
 * @param charset the encoding
 * @param skip bytes to skip: the byte-order mark
 * @param separator comma, semicolon or tab
 */
record CsvSource(Path file, Charset charset, int skip, char separator) {

    static final Charset GB18030 = Charset.forName("GB18030");
    /** How much of the start is kept to find the header line and its separator. */
    private static final int HEAD = 64 * 1024;
    private static final char[] SEPARATORS = {',', '\t', ';'};

    static CsvSource inspect(Path file, String fileName) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(3);
        }
        Decoded decoded;
        Charset charset;
        int skip = 0;
        if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE; // Excel's "Unicode text"
            skip = 2;
        } else if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = StandardCharsets.UTF_8;
        }
        decoded = decode(file, charset, skip);
        if (decoded == null && skip == 0) {
            charset = GB18030;
            decoded = decode(file, charset, skip);
        }
        if (decoded == null || decoded.binary()) {
            throw SheetErrors.notASpreadsheet(Reason.UNKNOWN_FORMAT, fileName);
        }
        String head = CellText.trim(decoded.head());
        if (head.startsWith("<")) {
            throw SheetErrors.notASpreadsheet(excelMarkup(head, fileName) ? Reason.SAVE_AS_XLSX : Reason.UNKNOWN_FORMAT,
                    fileName);
        }
        return new CsvSource(file, charset, skip, separator(decoded.head()));
    }

    /** Reads the text after the byte-order mark; the caller closes it. */
    Reader open() throws IOException {
        return new BufferedReader(new InputStreamReader(skipped(file, skip), strict(charset)), HEAD);
    }

    /** The separator that occurs most often, outside quotes, in the first non-empty line; a comma when none does. */
    static char separator(String head) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        int first = 0;
        while (first < head.length() && (head.charAt(first) == '\r' || head.charAt(first) == '\n')) {
            first++;
        }
        for (int i = first; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    /** An HTML table or Excel 2003 XML saved with an Excel name: Excel or WPS opens it and can save it as XLSX. */
    private static boolean excelMarkup(String head, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        return name.endsWith(".xls") || name.endsWith(".xlsx") || head.contains("urn:schemas-microsoft-com:office")
                || head.contains("Excel.Sheet");
    }

    /** The whole file decoded strictly: null when a byte sequence is not valid in the encoding. */
    private static Decoded decode(Path file, Charset charset, int skip) throws IOException {
        StringBuilder head = new StringBuilder();
        long chars = 0;
        long controls = 0;
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(skipped(file, skip), strict(charset))) {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == 0) {
                        return new Decoded(head.toString(), true);
                    }
                    if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1A) {
                        controls++;
                    }
                }
                if (head.length() < HEAD) {
                    head.append(buffer, 0, Math.min(n, HEAD - head.length()));
                }
                chars += n;
            }
        } catch (CharacterCodingException e) {
            return null;
        }
        // text has at most a stray control character; binary data has them everywhere
        return new Decoded(head.toString(), controls > Math.max(4, chars / 200));
    }

    private static InputStream skipped(Path file, int skip) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(skip);
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private record Decoded(String head, boolean binary) {
    }
}
