package org.safegrid.checklists.api;

/**
 * The answer to one item.
 *
 * @param hazardId the hazard a failed item created, otherwise 0
 */
public record Answer(String itemCode, AnswerResult result, String note, long hazardId) {
}
