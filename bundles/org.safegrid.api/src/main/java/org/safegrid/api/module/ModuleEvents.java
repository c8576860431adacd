package org.safegrid.api.module;

/**
 * OSGi Event Admin topics the platform posts when department modules come and go. Each event carries the property
 * {@value #MODULE} with the department id.
 */
public final class ModuleEvents {

    public static final String ADDED = "org/safegrid/module/ADDED";
    public static final String REMOVED = "org/safegrid/module/REMOVED";
    /** Matches both topics, for an event handler. */
    public static final String ALL = "org/safegrid/module/*";

    public static final String MODULE = "module";

    private ModuleEvents() {
    }
}
