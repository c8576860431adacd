package org.safegrid.inbox.internal.alert;

/**
 * What an alert is about and what raised it.
 *
 * @param topic the event topic
 * @param enterpriseId the enterprise, or null
 * @param department its first regulating department, or null
 * @param village its village, or null
 */
public record AlertOrigin(String topic, Long enterpriseId, String department, String village) {
}
