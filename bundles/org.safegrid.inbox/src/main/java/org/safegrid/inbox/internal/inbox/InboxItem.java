package org.safegrid.inbox.internal.inbox;

import java.time.Instant;

/**
 * One line of a user's inbox, in the caller's language.
 *
 * @param id the alert's id (to mark it read); null for other kinds
 * @param code the alert's code, or the duty kind
 * @param level {@code INFO}, {@code WARNING} or {@code CRITICAL}
 * @param link a route of the web console, or null
 * @param at when the alert was raised; when the period began (due) or when it ended (overdue)
 * @param read whether the user has read the alert; duties are never read, only done
 * @param periodKey the duty's period, for duties; otherwise null
 */
public record InboxItem(ItemKind kind, Long id, String code, String level, String title, String message, String link,
        Instant at, boolean read, String periodKey) {
}
