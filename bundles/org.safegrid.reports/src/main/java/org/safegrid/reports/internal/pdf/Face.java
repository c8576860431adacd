package org.safegrid.reports.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font of one document and what it can draw: a character the font lacks becomes {@value #REPLACEMENT} rather than
 * failing the document; line breaks and control characters become spaces.
 */
final class Face {

    static final String REPLACEMENT = "?";

    private final PDFont font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    Face(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** The text as it can be drawn. */
    String drawable(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(' ');
            } else if (has(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** The width of drawable text at a size, in points. */
    float width(String drawable, float size) {
        try {
            return font.getStringWidth(drawable) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Drawable text broken into lines of at most {@code width} points: at spaces where it can, else between any two
     * characters (Chinese has no spaces); at most {@code maxLines} lines, the last one cut with an ellipsis.
     */
    List<String> lines(String raw, float size, float width, int maxLines) {
        String text = drawable(raw).strip();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int lastBreak = -1;
            while (end < text.length()) {
                int next = text.offsetByCodePoints(end, 1);
                if (width(text.substring(start, next), size) > width && end > start) {
                    break;
                }
                if (text.charAt(end) == ' ' || (text.charAt(end) == '-' && next < text.length())) {
                    lastBreak = next; // the next line may start after a space or a hyphen
                }
                end = next;
            }
            if (end < text.length() && lastBreak > start && lastBreak < end && isLatin(text.charAt(end))
                    && isLatin(text.charAt(end - 1))) {
                end = lastBreak; // not in the middle of a word
            }
            lines.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (lines.size() == maxLines && start < text.length()) {
                String last = lines.remove(lines.size() - 1);
                while (!last.isEmpty() && width(last + "…", size) > width) {
                    last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
                }
                lines.add(last + (has('…') ? "…" : ""));
                break;
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private boolean has(int codePoint) {
        return known.computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
