package org.safegrid.enforcement.internal.dto;

/**
 * The body of {@code POST /api/enforcement/cases/{id}/rectified}: rectified after a penalty.
 *
 * @param date the day it was found rectified (the daily penalty's last day), not in the future nor before the
 *            re-inspection
 * @param note optional, at most 2000 characters
 */
public record RectifiedInput(String date, String note) {
}
