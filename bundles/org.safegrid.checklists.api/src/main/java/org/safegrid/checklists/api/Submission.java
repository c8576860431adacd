package org.safegrid.checklists.api;

import java.time.Instant;
import java.util.List;

/** A filled checklist: the template version it was filled against, the period and the answers. */
public record Submission(long id, long enterpriseId, String templateCode, int templateVersion, Period period,
        List<Answer> answers, Instant submittedAt, String submittedBy) {

    public Submission {
        answers = List.copyOf(answers);
    }
}
