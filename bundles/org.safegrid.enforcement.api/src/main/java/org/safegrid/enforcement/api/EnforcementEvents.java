package org.safegrid.enforcement.api;

/**
 * The OSGi EventAdmin topics of inspections and enforcement. Every event carries {@value #ENTERPRISE_ID},
 * {@value #DEPARTMENT} (the enterprise's first regulating department), {@value #VILLAGE} and {@value #USER}; case
 * events also {@value #CASE_ID}, {@value #STATE}, {@value #VIOLATION_KIND} and {@value #AGGRAVATED}, and
 * {@value #INSPECTION_ID} when the case came from an inspection; {@link #INSPECTION_RECORDED} carries
 * {@value #INSPECTION_ID} and {@value #KIND}. Properties are never null: an absent one is left out.
 */
public final class EnforcementEvents {

    public static final String TOPIC_PREFIX = "org/safegrid/enforcement/";
    /** Matches every topic, for an event handler. */
    public static final String ALL = TOPIC_PREFIX + "*";

    public static final String INSPECTION_RECORDED = TOPIC_PREFIX + "INSPECTION_RECORDED";
    /** Step 1: a rectification order was issued (a case opened). */
    public static final String ORDER_ISSUED = TOPIC_PREFIX + "ORDER_ISSUED";
    /** Step 2: the re-inspection; {@value #RECTIFIED} tells its result. */
    public static final String REINSPECTED = TOPIC_PREFIX + "REINSPECTED";
    /** Step 3: a penalty decision; carries {@value #AMOUNT}. */
    public static final String PENALTY_DECIDED = TOPIC_PREFIX + "PENALTY_DECIDED";
    /** The enterprise refused to rectify after the penalty; carries {@value #AMOUNT} per day. */
    public static final String DAILY_PENALTY_STARTED = TOPIC_PREFIX + "DAILY_PENALTY_STARTED";
    /** Rectified after a penalty; the case is closed. */
    public static final String RECTIFIED = TOPIC_PREFIX + "RECTIFIED";
    /**
     * A case repeated an earlier violation of the same kind within the window: the enterprise is a repeat offender;
     * carries {@value #EARLIER_CASE_ID} and {@value #WINDOW_END}.
     */
    public static final String REPEAT_OFFENDER = TOPIC_PREFIX + "REPEAT_OFFENDER";

    /** Long. */
    public static final String CASE_ID = "caseId";
    /** Long. */
    public static final String INSPECTION_ID = "inspectionId";
    /** Long. */
    public static final String ENTERPRISE_ID = "enterpriseId";
    public static final String DEPARTMENT = "department";
    public static final String VILLAGE = "village";
    public static final String USER = "user";
    /** The case's state after the change, a {@link CaseState} name. */
    public static final String STATE = "state";
    public static final String VIOLATION_KIND = "violationKind";
    /** Boolean. */
    public static final String AGGRAVATED = "aggravated";
    /** Boolean, on {@link #REINSPECTED}. */
    public static final String RECTIFIED_PROPERTY = "rectified";
    /** The amount in yuan as a string, on penalties. */
    public static final String AMOUNT = "amount";
    /** An {@link InspectionKind} name. */
    public static final String KIND = "kind";
    /** Long, on {@link #REPEAT_OFFENDER}: the earlier case repeated. */
    public static final String EARLIER_CASE_ID = "earlierCaseId";
    /** ISO date, on {@link #REPEAT_OFFENDER}: the last day the enterprise counts as a repeat offender. */
    public static final String WINDOW_END = "windowEnd";

    private EnforcementEvents() {
    }
}
