package org.safegrid.enforcement.internal.validation;

import java.util.Locale;

/** The two languages SafeGrid speaks: Simplified Chinese by default, English when asked for. */
public final class Languages {

    /** The language of messages when nobody asked for one (calls through the service API). */
    public static final String DEFAULT = "zh-CN";

    private Languages() {
    }

    public static boolean english(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
