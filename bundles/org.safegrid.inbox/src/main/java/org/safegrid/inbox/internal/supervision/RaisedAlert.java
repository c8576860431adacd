package org.safegrid.inbox.internal.supervision;

import org.safegrid.api.supervision.Alert;

/**
 * An alert to store.
 *
 * @param raisedBy the department whose rule raised it; null for the platform's own
 */
public record RaisedAlert(Alert alert, String raisedBy) {
}
