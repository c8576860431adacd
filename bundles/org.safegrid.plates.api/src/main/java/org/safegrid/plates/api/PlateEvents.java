package org.safegrid.plates.api;

/**
 * OSGi events the plates bundle posts (EventAdmin, asynchronously) when a plate's people change. Carries
 * {@link #ENTERPRISE_ID}, {@link #COMPLETE} (Boolean), {@link #MISSING_ROLES} (a {@code String[]} of role codes) and
 * {@link #USER}.
 */
public final class PlateEvents {

    public static final String TOPIC_PREFIX = "org/safegrid/plate/";
    public static final String UPDATED = TOPIC_PREFIX + "UPDATED";

    public static final String ENTERPRISE_ID = "enterpriseId";
    public static final String COMPLETE = "complete";
    public static final String MISSING_ROLES = "missingRoles";
    public static final String USER = "user";

    private PlateEvents() {
    }
}
