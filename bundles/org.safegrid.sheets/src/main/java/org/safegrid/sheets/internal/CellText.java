package org.safegrid.sheets.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How values become the text of a cell: trimming, plain numbers, ISO dates. */
final class CellText {

    /** Excel keeps and shows at most 15 significant digits; more are noise from binary floating point. */
    static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private CellText() {
    }

    /**
     * Removes leading and trailing white space, including the ideographic space (U+3000), no-break spaces, zero-width
     * spaces and byte-order marks that copied text often carries.
     */
    static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean blank(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Decodes the {@code _xHHHH_} escapes with which XLSX stores characters that XML cannot hold (a carriage return is
     * {@code _x000D_}; a literal {@code _x} is {@code _x005F_x}).
     */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_'
                    && hex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A number as people write it: no exponent, no trailing zeros, at most 15 significant digits. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return plain(BigDecimal.valueOf(value).round(EXCEL_PRECISION));
    }

    /** A number as people write it: no exponent, no trailing zeros, every digit kept. */
    static String number(Number value) {
        if (value instanceof Double || value instanceof Float) {
            return number(value.doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return plain(d);
        }
        if (value instanceof BigInteger i) {
            return i.toString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Long.toString(value.longValue());
        }
        return plain(new BigDecimal(value.toString()));
    }

    private static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** The text of a value to write: numbers plain, dates ISO, instants ISO in UTC to the second. */
    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
