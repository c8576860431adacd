package org.safegrid.plates.internal.model;

/** What follows an appraisal. */
public enum FollowUp {
    /** 无 */
    NONE,
    /** 奖励 */
    REWARD,
    /** 追责问责 */
    ACCOUNTABILITY
}
