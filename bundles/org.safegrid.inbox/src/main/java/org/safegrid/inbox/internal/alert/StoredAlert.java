package org.safegrid.inbox.internal.alert;

import java.time.Instant;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.supervision.Alert;

/**
 * An alert as stored, with whether the reader has read it.
 *
 * @param raisedBy the department whose rule raised it; null for the platform's own
 */
public record StoredAlert(long id, String code, Alert.Level level, LocalizedText title, LocalizedText message,
        String link, Long enterpriseId, String department, String village, String sourceTopic, String raisedBy,
        Instant createdAt, boolean read) {
}
