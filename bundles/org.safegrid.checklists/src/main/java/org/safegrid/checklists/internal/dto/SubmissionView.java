package org.safegrid.checklists.internal.dto;

import java.time.Instant;
import java.util.List;

import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.internal.model.PhotoHead;

/** A submission with its answers and the list of its photos. */
public record SubmissionView(long id, long enterpriseId, String enterpriseName, String templateCode,
        int templateVersion, String templateName, String templateNameEn, Period period, int failedItems,
        Instant submittedAt, String submittedBy, List<AnswerView> answers, List<PhotoHead> photos) {
}
