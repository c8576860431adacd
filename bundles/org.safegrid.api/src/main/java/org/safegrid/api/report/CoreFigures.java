package org.safegrid.api.report;

/** The codes of the figures the platform's shared bundles compute; the reports bundle scores units on them. */
public final class CoreFigures {

    /** Inspections done in the period (enforcement; department = acting department). */
    public static final String INSPECTIONS = "inspections";
    /** Rectification orders issued in the period (enforcement). */
    public static final String ORDERS = "orders";
    /** Penalties decided in the period (enforcement). */
    public static final String PENALTIES = "penalties";
    /** Daily continuing penalties started in the period (enforcement). */
    public static final String DAILY_PENALTIES = "daily-penalties";
    /** Enterprises flagged as repeat offenders in the period (enforcement). */
    public static final String REPEAT_OFFENDERS = "repeat-offenders";
    /** 1 when the unit had no inspection and no case at all in the period (enforcement). */
    public static final String ZERO_ENFORCEMENT = "zero-enforcement";
    /** Hazards reported in the period (hazards). */
    public static final String HAZARDS_FOUND = "hazards-found";
    /** Hazards closed (verified) in the period (hazards). */
    public static final String HAZARDS_RECTIFIED = "hazards-rectified";
    /** Hazards open and past their deadline at the period's as-of day (hazards). */
    public static final String HAZARDS_OVERDUE = "hazards-overdue";
    /** Major hazards reported in the period (hazards). */
    public static final String HAZARDS_MAJOR = "hazards-major";
    /** Major hazards open and past their deadline at the as-of day (hazards). */
    public static final String MAJOR_OVERDUE = "major-overdue";
    /** Self-inspections submitted over self-inspections owed in the period (checklists). */
    public static final String SELF_INSPECTION_COMPLIANCE = "self-inspection-compliance";
    /** Operating enterprises whose plate is complete over operating enterprises, now (plates). */
    public static final String PLATE_COMPLETENESS = "plate-completeness";

    /** Code of the hazards source's table of overdue major hazards and who is behind them. */
    public static final String EXPOSURE_TABLE = "exposure";

    private CoreFigures() {
    }
}
