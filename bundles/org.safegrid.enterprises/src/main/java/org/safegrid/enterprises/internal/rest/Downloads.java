package org.safegrid.enterprises.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** File names of downloads. */
final class Downloads {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private Downloads() {
    }

    /**
     * {@code attachment} with an ASCII name for old clients and the Chinese one (RFC 6266 / 5987) for the rest, for
     * example {@code attachment; filename="enterprises.xlsx"; filename*=UTF-8''%E4%BC%81%E4%B8%9A.xlsx}.
     */
    static String attachment(String asciiName, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }

    /** A time stamp for a file name, in the server's (the town's) time. */
    static String stamp() {
        return LocalDateTime.now().format(STAMP);
    }
}
