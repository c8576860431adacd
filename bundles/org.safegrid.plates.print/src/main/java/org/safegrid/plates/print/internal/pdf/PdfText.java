package org.safegrid.plates.print.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A piece of text ready to draw: the characters the font has (a character drawn through another with the same glyph
 * is replaced by that one, others become {@value #REPLACEMENT}; line breaks and control characters a space), its font,
 * size and width.
 *
 * @param value the text as drawn
 * @param font the font
 * @param size the size in points
 */
record PdfText(String value, PDFont font, float size) {

    static final String REPLACEMENT = "?";
    static final String ELLIPSIS = "…";

    /** The text in this font and size, with characters the font lacks replaced. */
    static PdfText of(String raw, PdfFace face, float size) {
        return new PdfText(drawable(raw, face), face.font(), size);
    }

    /**
     * The text at the largest size from {@code preferred} down to {@code smallest} (in half points) that fits
     * {@code width}; at the smallest size, cut with an ellipsis when it still does not fit.
     */
    static PdfText fitted(String raw, PdfFace face, float preferred, float smallest, float width) {
        String value = drawable(raw, face);
        PDFont font = face.font();
        for (float size = preferred; size >= smallest; size -= 0.5f) {
            PdfText text = new PdfText(value, font, size);
            if (text.width() <= width) {
                return text;
            }
        }
        PdfText text = new PdfText(value, font, smallest);
        int end = value.length();
        while (end > 0 && text.width() > width) {
            end = value.offsetByCodePoints(end, -1);
            text = new PdfText(value.substring(0, end) + ELLIPSIS, font, smallest);
        }
        return text;
    }

    /**
     * The text broken into at most {@code maxLines} lines of {@code width} at this size, breaking between any two
     * characters (Chinese has no spaces to break at); the last line is cut with an ellipsis when the text is longer.
     */
    static java.util.List<PdfText> lines(String raw, PdfFace face, float size, float width, int maxLines) {
        String value = drawable(raw, face);
        PDFont font = face.font();
        java.util.List<PdfText> lines = new java.util.ArrayList<>();
        int start = 0;
        while (start < value.length() && lines.size() < maxLines - 1) {
            int end = start;
            int next = end;
            while (next < value.length()) {
                next = value.offsetByCodePoints(end, 1);
                if (new PdfText(value.substring(start, next), font, size).width() > width) {
                    break;
                }
                end = next;
            }
            if (end == start) {
                end = value.offsetByCodePoints(start, 1);
            }
            if (end >= value.length()) {
                break;
            }
            lines.add(new PdfText(value.substring(start, end).strip(), font, size));
            start = end;
        }
        if (start < value.length() || lines.isEmpty()) {
            lines.add(fitted(value.substring(start).strip(), face, size, size, width));
        }
        return lines;
    }

    /** The width in points. */
    float width() {
        try {
            return font.getStringWidth(value) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String drawable(String raw, PdfFace face) {
        if (raw == null) {
            return "";
        }
        PDFont font = face.font();
        StringBuilder out = new StringBuilder(raw.length());
        raw.strip().codePoints().map(c -> face.substitutes().getOrDefault(c, c)).forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(' ');
            } else if (has(font, c)) {
                out.appendCodePoint(c);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString().replaceAll(" {2,}", " ");
    }

    private static boolean has(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
