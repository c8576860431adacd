package org.safegrid.checklists.internal.model;

import java.time.LocalDate;

import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.hazards.api.HazardLevel;

/**
 * A checked answer.
 *
 * @param hazardLevel as the client chose it for a failed item, or null
 * @param hazardDeadline as the client chose it for a failed item, or null
 */
public record ValidAnswer(String itemCode, AnswerResult result, String note, HazardLevel hazardLevel,
        LocalDate hazardDeadline) {

    public NewAnswer toNew() {
        return new NewAnswer(itemCode, result, note);
    }
}
