package org.safegrid.api.module;

import java.util.Objects;

/**
 * A text in Simplified Chinese (the default) and English.
 */
public final class LocalizedText {

    private final String zh;
    private final String en;

    private LocalizedText(String zh, String en) {
        this.zh = requireText(zh, "zh");
        this.en = requireText(en, "en");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The Simplified Chinese text (zh-CN). */
    public String zh() {
        return zh;
    }

    /** The English text. */
    public String en() {
        return en;
    }

    /** The text for a language tag; anything but English gets Chinese. */
    public String in(String languageTag) {
        return languageTag != null && languageTag.toLowerCase().startsWith("en") ? en : zh;
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing " + what + " text");
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && zh.equals(other.zh) && en.equals(other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
