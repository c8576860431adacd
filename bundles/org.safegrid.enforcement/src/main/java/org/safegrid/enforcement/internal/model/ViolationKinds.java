package org.safegrid.enforcement.internal.model;

import java.util.Locale;

/**
 * Violation kinds are free codes such as {@code fire-exit-blocked}. They are compared for repeat offences after
 * normalising: trimmed, lower case, runs of white space as one hyphen, so {@code "Fire exit blocked"} and
 * {@code "fire-exit-blocked"} are the same kind.
 */
public final class ViolationKinds {

    private ViolationKinds() {
    }

    public static String normalise(String kind) {
        if (kind == null) {
            return null;
        }
        String text = kind.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return text.isEmpty() ? null : text;
    }
}
