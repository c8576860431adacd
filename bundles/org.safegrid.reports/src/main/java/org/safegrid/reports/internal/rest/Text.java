package org.safegrid.reports.internal.rest;

/**
 * A message for people in Simplified Chinese and English; {@code {0}}, {@code {1}}... take arguments.
 *
 * @param zh the Chinese text, the default
 * @param en the English text
 */
record Text(String zh, String en) {

    String format(boolean english, Object... arguments) {
        String text = english ? en : zh;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
