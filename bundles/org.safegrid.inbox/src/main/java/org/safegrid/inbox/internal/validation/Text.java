package org.safegrid.inbox.internal.validation;

import java.util.Locale;

/**
 * A message for people in Simplified Chinese and English; {@code {0}}, {@code {1}}... take arguments.
 *
 * @param zh the Chinese text, the default
 * @param en the English text
 */
public record Text(String zh, String en) {

    /** Whether a language tag (from {@code Accept-Language}) asks for English; anything else gets Chinese. */
    public static boolean english(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en");
    }

    /** The text in English when {@code english}, otherwise in Chinese, with the arguments put in. */
    public String format(boolean english, Object... arguments) {
        String text = english ? en : zh;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
