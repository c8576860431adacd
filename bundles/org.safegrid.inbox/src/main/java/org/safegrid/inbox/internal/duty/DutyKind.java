package org.safegrid.inbox.internal.duty;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.module.LocalizedText;

/** What each layer owes, and how often. Daily duties are owed on working days only. */
public enum DutyKind {
    /** An inspector's enforcement work of the day: recorded by an inspection or an enforcement step, or by hand. */
    ENFORCEMENT_DAY(DutyLayer.INSPECTOR, Cadence.DAILY, "当日执法检查", "Enforcement work of the day"),
    /** A deputy head's schedule of the week's enforcement. */
    WEEKLY_SCHEDULE(DutyLayer.DEPUTY_HEAD, Cadence.WEEKLY, "每周执法调度", "Weekly enforcement schedule"),
    /** A head's check of the month's enforcement. */
    MONTHLY_CHECK(DutyLayer.HEAD, Cadence.MONTHLY, "每月执法检查督导", "Monthly check of enforcement"),
    /** The committee office's daily follow-up. */
    DAILY_REVIEW(DutyLayer.COMMITTEE, Cadence.DAILY, "安委办每日跟踪", "Committee office daily review"),
    /** The committee office's weekly coordination. */
    WEEKLY_COORDINATION(DutyLayer.COMMITTEE, Cadence.WEEKLY, "安委办每周调度", "Committee office weekly coordination"),
    /** The committee office's monthly inspection. */
    MONTHLY_INSPECTION(DutyLayer.COMMITTEE, Cadence.MONTHLY, "安委办每月督查", "Committee office monthly inspection");

    private final DutyLayer layer;
    private final Cadence cadence;
    private final LocalizedText label;

    DutyKind(DutyLayer layer, Cadence cadence, String zh, String en) {
        this.layer = layer;
        this.cadence = cadence;
        this.label = LocalizedText.of(zh, en);
    }

    public DutyLayer layer() {
        return layer;
    }

    public Cadence cadence() {
        return cadence;
    }

    /** The kind's name for people. */
    public LocalizedText label() {
        return label;
    }
}
