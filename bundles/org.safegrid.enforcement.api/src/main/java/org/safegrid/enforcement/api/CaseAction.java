package org.safegrid.enforcement.api;

/** The steps recorded on a case's timeline; each but {@link #REPEAT_FLAGGED} changes its state. */
public enum CaseAction {
    /** Step 1: the rectification order with its deadline. */
    ORDER_ISSUED,
    /** The case was found to repeat an earlier violation of the same kind (累犯). */
    REPEAT_FLAGGED,
    /** Step 2: the re-inspection, rectified or not. */
    REINSPECTED,
    /** Step 3: the penalty decision. */
    PENALTY_DECIDED,
    /** The refusal to rectify after the penalty: the daily continuing penalty starts. */
    DAILY_PENALTY_STARTED,
    /** Rectified after a penalty: any daily penalty stops. */
    RECTIFIED
}
