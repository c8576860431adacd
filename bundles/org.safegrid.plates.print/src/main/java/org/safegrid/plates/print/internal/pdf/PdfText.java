package org.safegrid.plates.print.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A piece of text ready to draw: the characters the font has (a character the font lacks is replaced by its
 * compatibility form when the font has that, for example the Kangxi radical ⽣ by 生; others become
 * {@value #REPLACEMENT}; line breaks and control characters a space), its font, size and width.
 *
 * @param value the text as drawn
 * @param font the font
 * @param size the size in points
 */
record PdfText(String value, PDFont font, float size) {

    static final String REPLACEMENT = "?";
    static final String ELLIPSIS = "…";

    /** The text in this font and size, with characters the font lacks replaced. */
    static PdfText of(String raw, PDFont font, float size) {
        return new PdfText(drawable(raw, font), font, size);
    }

    /**
     * The text at the largest size from {@code preferred} down to {@code smallest} (in half points) that fits
     * {@code width}; at the smallest size, cut with an ellipsis when it still does not fit.
     */
    static PdfText fitted(String raw, PDFont font, float preferred, float smallest, float width) {
        String value = drawable(raw, font);
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
    static java.util.List<PdfText> lines(String raw, PDFont font, float size, float width, int maxLines) {
        String value = drawable(raw, font);
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
            lines.add(fitted(value.substring(start).strip(), font, size, size, width));
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

    private static String drawable(String raw, PDFont font) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.strip().codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(' ');
            } else if (has(font, c)) {
                out.appendCodePoint(c);
            } else {
                int form = compatibilityForm(c);
                if (form != c && has(font, form)) {
                    out.appendCodePoint(form);
                } else {
                    out.append(REPLACEMENT);
                }
            }
        });
        return out.toString().replaceAll(" {2,}", " ");
    }

    /**
     * The one character a character stands for (NFKC), such as 生 for the Kangxi radical ⽣ or 﨑 for its compatibility
     * ideograph; the character itself when it stands for none or several.
     */
    static int compatibilityForm(int codePoint) {
        String form = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return form.codePointCount(0, form.length()) == 1 ? form.codePointAt(0) : codePoint;
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
