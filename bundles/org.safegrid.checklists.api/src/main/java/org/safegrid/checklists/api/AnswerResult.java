package org.safegrid.checklists.api;

/** An item's answer. */
public enum AnswerResult {
    PASS, FAIL, NOT_APPLICABLE
}
