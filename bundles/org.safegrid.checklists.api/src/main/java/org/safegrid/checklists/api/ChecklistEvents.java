package org.safegrid.checklists.api;

/**
 * OSGi events the checklists bundle posts (EventAdmin, asynchronously). Every event carries {@link #ENTERPRISE_ID},
 * {@link #TEMPLATE_CODE}, {@link #CADENCE} (DAILY, WEEKLY, MONTHLY) and {@link #PERIOD_KEY}.
 */
public final class ChecklistEvents {

    public static final String TOPIC_PREFIX = "org/safegrid/checklist/";
    /** A self-inspection was submitted; adds {@link #FAILED_ITEMS}, {@link #SUBMISSION_ID} and {@link #USER}. */
    public static final String SUBMITTED = TOPIC_PREFIX + "SUBMITTED";
    /**
     * A period ended without its self-inspection; posted once per enterprise, template and period by a daily sweep
     * (after midnight, for the periods that ended the day before). Adds {@link #PERIOD_END}.
     */
    public static final String OVERDUE = TOPIC_PREFIX + "OVERDUE";

    public static final String ENTERPRISE_ID = "enterpriseId";
    public static final String DEPARTMENT = "department";
    public static final String TEMPLATE_CODE = "templateCode";
    public static final String CADENCE = "cadence";
    public static final String PERIOD_KEY = "periodKey";
    /** The last day of the period, an ISO date string. */
    public static final String PERIOD_END = "periodEnd";
    /** The codes of the items answered FAIL, a {@code String[]} (empty when none). */
    public static final String FAILED_ITEMS = "failedItems";
    public static final String SUBMISSION_ID = "submissionId";
    public static final String USER = "user";

    private ChecklistEvents() {
    }
}
