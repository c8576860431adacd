package org.safegrid.enterprises.api;

/**
 * OSGi events the registry posts (EventAdmin, asynchronously) when an enterprise is created or changed, by hand or by
 * an import. Every event carries {@link #ENTERPRISE_ID}, {@link #DEPARTMENT} and {@link #USER}.
 */
public final class EnterpriseEvents {

    public static final String TOPIC_PREFIX = "org/safegrid/enterprise/";
    public static final String CREATED = TOPIC_PREFIX + "CREATED";
    public static final String UPDATED = TOPIC_PREFIX + "UPDATED";

    public static final String ENTERPRISE_ID = "enterpriseId";
    public static final String DEPARTMENT = "department";
    public static final String USER = "user";

    private EnterpriseEvents() {
    }
}
