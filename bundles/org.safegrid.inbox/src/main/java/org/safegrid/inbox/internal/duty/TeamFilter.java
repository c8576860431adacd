package org.safegrid.inbox.internal.duty;

/**
 * Whose entries the team view lists: exactly one of a department, a village or the committee office.
 *
 * @param department a department id, or null
 * @param village a village code, or null
 * @param committee whether it is the committee office's entries
 */
public record TeamFilter(String department, String village, boolean committee) {
}
