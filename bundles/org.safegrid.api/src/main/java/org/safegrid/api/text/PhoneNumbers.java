package org.safegrid.api.text;

import java.util.regex.Pattern;

/**
 * Phone numbers that SafeGrid accepts everywhere: a mainland mobile number ({@code 13812345678}, optionally with {@code +86}), or a
 * landline ({@code 023-65671234}, {@code (023)65671234}, a local {@code 65671234}) with an optional extension
 * ({@code -8001}, {@code 转8001}). Spaces between groups are allowed.
 */
public final class PhoneNumbers {

    public static final int MAX_LENGTH = 30;

    private static final Pattern MOBILE = Pattern.compile("(?:(?:\\+|00)86-?)?1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern
            .compile("(?:(?:0\\d{2,3}|\\(0\\d{2,3}\\))-?)?[2-9]\\d{6,7}(?:(?:-|转|ext\\.?)\\d{1,6})?");

    private PhoneNumbers() {
    }

    public static boolean isValid(String number) {
        if (number == null || number.length() > MAX_LENGTH) {
            return false;
        }
        String compact = number.strip().replaceAll("(?<=\\d|\\)) (?=\\d|\\()", "");
        return MOBILE.matcher(compact).matches() || LANDLINE.matcher(compact).matches();
    }
}
