package org.safegrid.plates.print.internal.rest;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: inline} with a file name in two forms (RFC 6266): {@code filename*} in UTF-8 as RFC 5987
 * encodes it, for every current browser, and an ASCII {@code filename} for the rest.
 */
final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    static String inline(String fileName, String asciiFallback) {
        return "inline; filename=\"" + asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(fileName);
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other byte of the UTF-8 form as {@code %XX}. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() * 3);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (c < 0x80 && ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }
}
