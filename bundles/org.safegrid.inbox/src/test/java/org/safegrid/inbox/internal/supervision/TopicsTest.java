package org.safegrid.inbox.internal.supervision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void exactOrPrefix() {
        assertTrue(Topics.matches("org/safegrid/hazard/CREATED", "org/safegrid/hazard/CREATED"));
        assertFalse(Topics.matches("org/safegrid/hazard/CREATED", "org/safegrid/hazard/CLOSED"));
        assertFalse(Topics.matches("org/safegrid/hazard/CREATED", "org/safegrid/hazard/CREATED/MORE"));
        assertTrue(Topics.matches("org/safegrid/hazard/*", "org/safegrid/hazard/OVERDUE"));
        assertTrue(Topics.matches("org/safegrid/*", "org/safegrid/enforcement/ORDER_ISSUED"));
        assertFalse(Topics.matches("org/safegrid/hazard/*", "org/safegrid/enforcement/ORDER_ISSUED"));
        assertTrue(Topics.matches("org/safegrid/hazard*", "org/safegrid/hazards-x/A"),
                "a star without a slash is a plain prefix too");
        assertFalse(Topics.matches(null, "org/safegrid/hazard/CREATED"));
        assertTrue(Topics.anyMatches(List.of("a/B", "org/safegrid/enforcement/*"), "org/safegrid/enforcement/X"));
        assertFalse(Topics.anyMatches(List.of(), "org/safegrid/enforcement/X"));
    }
}
