package org.safegrid.checklists.internal.submissions;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a photo's type from its first bytes, whatever the client claims: JPEG ({@code FF D8 FF}), PNG (its 8-byte
 * signature) or WebP ({@code RIFF....WEBP}).
 */
public final class PhotoTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private PhotoTypes() {
    }

    /** The media type of the image, or empty when it is none of the three. */
    public static Optional<String> detect(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(data, PNG_SIGNATURE, 0)) {
            return Optional.of(PNG);
        }
        if (data.length >= 12 && startsWith(data, "RIFF".getBytes(StandardCharsets.US_ASCII), 0)
                && startsWith(data, "WEBP".getBytes(StandardCharsets.US_ASCII), 8)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int offset) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
