package org.safegrid.inbox.internal.inbox;

/**
 * The counts of the header badge.
 *
 * @param unreadAlerts unread alerts within the alert window
 * @param dutiesDue duties of the running periods not yet recorded
 * @param dutiesOverdue duties of periods ended within the last 30 days without an entry
 * @param total the three together
 */
public record InboxSummary(long unreadAlerts, long dutiesDue, long dutiesOverdue, long total) {
}
