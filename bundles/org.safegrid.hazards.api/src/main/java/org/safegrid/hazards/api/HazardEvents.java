package org.safegrid.hazards.api;

/**
 * The OSGi EventAdmin topics of hazard changes. Every event carries {@value #HAZARD_ID}, {@value #ENTERPRISE_ID},
 * {@value #DEPARTMENT}, {@value #LEVEL}, {@value #STATE} and {@value #USER}.
 */
public final class HazardEvents {

    public static final String TOPIC_PREFIX = "org/safegrid/hazard/";
    public static final String CREATED = TOPIC_PREFIX + "CREATED";
    public static final String FIXES_RECORDED = TOPIC_PREFIX + "FIXES_RECORDED";
    public static final String RECTIFYING = TOPIC_PREFIX + "RECTIFYING";
    public static final String AWAITING_VERIFICATION = TOPIC_PREFIX + "AWAITING_VERIFICATION";
    public static final String REJECTED = TOPIC_PREFIX + "REJECTED";
    public static final String CLOSED = TOPIC_PREFIX + "CLOSED";
    /** Published once, the first time a hazard is found past its deadline. */
    public static final String OVERDUE = TOPIC_PREFIX + "OVERDUE";

    public static final String HAZARD_ID = "hazardId";
    public static final String ENTERPRISE_ID = "enterpriseId";
    public static final String DEPARTMENT = "department";
    public static final String LEVEL = "level";
    public static final String STATE = "state";
    public static final String USER = "user";

    private HazardEvents() {
    }
}
