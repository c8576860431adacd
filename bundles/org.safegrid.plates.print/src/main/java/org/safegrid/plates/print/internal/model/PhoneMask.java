package org.safegrid.plates.print.internal.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as the public may see them: a mobile number keeps its first three and last four digits
 * ({@code 13812345678} → {@code 138****5678}); a landline keeps its area code and its last four digits
 * ({@code 023-65671234} → {@code 023-****1234}), without the extension. Anything else keeps only its last two digits.
 */
public final class PhoneMask {

    static final String NONE = "—";

    private static final Pattern MOBILE = Pattern.compile("(?:(?:\\+|00)86-?)?(1[3-9]\\d)(\\d{4})(\\d{4})");
    /** Area codes: three digits for 010 and 02x (Beijing, the big cities, Chongqing's 023), four for the rest. */
    private static final String AREA = "0[12]\\d|0[3-9]\\d{2}";
    private static final Pattern LANDLINE = Pattern.compile("(?:(" + AREA + ")-?|\\((" + AREA + ")\\))?([2-9]\\d{6,7})"
            + "(?:(?:-|转|ext\\.?)\\d{1,6})?");

    private PhoneMask() {
    }

    /** The masked number; a dash when there is none. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return NONE;
        }
        String compact = phone.strip().replaceAll("[\\s\u3000]", "");
        Matcher mobile = MOBILE.matcher(compact);
        if (mobile.matches()) {
            return mobile.group(1) + "****" + mobile.group(3);
        }
        Matcher landline = LANDLINE.matcher(compact);
        if (landline.matches()) {
            String area = landline.group(1) != null ? landline.group(1) : landline.group(2);
            String local = landline.group(3);
            String masked = "****" + local.substring(local.length() - 4);
            return area == null ? masked : area + "-" + masked;
        }
        return other(compact);
    }

    private static String other(String text) {
        String digits = text.replaceAll("\\D", "");
        if (digits.length() <= 2) {
            return "****";
        }
        return "****" + digits.substring(digits.length() - 2);
    }
}
