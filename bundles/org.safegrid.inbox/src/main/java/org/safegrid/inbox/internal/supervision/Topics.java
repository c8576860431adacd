package org.safegrid.inbox.internal.supervision;

import java.util.Collection;

/** Event topic patterns as rules name them: the exact topic, or a prefix followed by {@code *}. */
public final class Topics {

    private Topics() {
    }

    /** Whether {@code topic} matches {@code pattern}: {@code org/safegrid/hazard/*} matches every hazard topic. */
    public static boolean matches(String pattern, String topic) {
        if (pattern == null || topic == null) {
            return false;
        }
        if (pattern.endsWith("*")) {
            return topic.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(topic);
    }

    /** Whether any of the patterns matches the topic. */
    public static boolean anyMatches(Collection<String> patterns, String topic) {
        for (String pattern : patterns) {
            if (matches(pattern, topic)) {
                return true;
            }
        }
        return false;
    }
}
