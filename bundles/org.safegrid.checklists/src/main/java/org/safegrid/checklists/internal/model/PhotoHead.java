package org.safegrid.checklists.internal.model;

import java.time.Instant;

/** A photo of a submission's item, without its bytes. */
public record PhotoHead(long id, long submissionId, String itemCode, String contentType, int size, Instant createdAt,
        String createdBy) {
}
