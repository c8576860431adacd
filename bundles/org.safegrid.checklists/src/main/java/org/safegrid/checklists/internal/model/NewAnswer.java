package org.safegrid.checklists.internal.model;

import org.safegrid.checklists.api.AnswerResult;

/** A checked answer to store. */
public record NewAnswer(String itemCode, AnswerResult result, String note) {
}
