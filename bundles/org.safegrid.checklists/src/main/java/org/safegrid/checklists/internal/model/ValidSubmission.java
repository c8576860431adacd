package org.safegrid.checklists.internal.model;

import java.util.List;

import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.Template;

/** A checked submission: the template version, the period and the answers in the template's item order. */
public record ValidSubmission(long enterpriseId, Template template, Period period, List<ValidAnswer> answers) {

    public ValidSubmission {
        answers = List.copyOf(answers);
    }

    public NewSubmission toNew(String user) {
        return new NewSubmission(enterpriseId, template.code(), template.version(), period,
                answers.stream().map(ValidAnswer::toNew).toList(), user);
    }
}
