package org.safegrid.security.internal.rest;

import java.util.List;
import java.util.Locale;

/** Picks the Chinese (default) or English text of a message from the request's Accept-Language. */
final class Lang {

    private Lang() {
    }

    static String pick(List<Locale> acceptable, String zh, String en) {
        return !acceptable.isEmpty() && "en".equals(acceptable.get(0).getLanguage()) ? en : zh;
    }
}
