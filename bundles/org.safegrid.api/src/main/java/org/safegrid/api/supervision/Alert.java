package org.safegrid.api.supervision;

import java.util.Set;

import org.safegrid.api.module.LocalizedText;

/**
 * An alert a rule raises; it reaches the inbox of every user holding one of the roles.
 *
 * @param code a stable code for the kind of alert, for example {@code major-hazard-at-dangerous-goods}
 * @param level how urgent it is
 * @param title a short title
 * @param message what happened and what to do
 * @param roles who sees it: {@code committee}, {@code dept-<id>}, {@code village-<code>}
 * @param link a path in the web console to open, for example {@code #/hazards/42}, or null
 */
public record Alert(String code, Level level, LocalizedText title, LocalizedText message, Set<String> roles,
        String link) {

    /** How urgent an alert is. */
    public enum Level {
        INFO, WARNING, CRITICAL
    }

    public Alert {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,59}")) {
            throw new IllegalArgumentException("alert code must be 2-60 lower-case letters, digits or hyphens");
        }
        if (level == null || title == null || message == null) {
            throw new IllegalArgumentException("alert " + code + " needs a level, a title and a message");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("alert " + code + " must name the roles that see it");
        }
    }
}
