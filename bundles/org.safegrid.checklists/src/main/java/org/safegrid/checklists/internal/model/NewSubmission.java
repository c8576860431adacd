package org.safegrid.checklists.internal.model;

import java.util.List;

import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.checklists.api.Period;

/** A checked submission to store: the answers in the template's item order. */
public record NewSubmission(long enterpriseId, String templateCode, int templateVersion, Period period,
        List<NewAnswer> answers, String user) {

    public NewSubmission {
        answers = List.copyOf(answers);
    }

    public int failedItems() {
        return (int) answers.stream().filter(a -> a.result() == AnswerResult.FAIL).count();
    }
}
