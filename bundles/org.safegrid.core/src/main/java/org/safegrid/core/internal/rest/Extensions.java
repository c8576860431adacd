package org.safegrid.core.internal.rest;

/**
 * The service property that marks SafeGrid's JAX-RS extensions, and the filters applications use to require them.
 */
public final class Extensions {

    public static final String PROPERTY = "safegrid.extension";

    public static final String JSON_FILTER = "(safegrid.extension=json)";
    public static final String ERRORS_FILTER = "(safegrid.extension=errors)";
    /** Registered by the security bundle: no application serves without authentication. */
    public static final String AUTH_FILTER = "(safegrid.extension=auth)";

    /** Selects every SafeGrid application. */
    public static final String ALL_APPLICATIONS = "(osgi.jaxrs.name=safegrid.*)";

    private Extensions() {
    }
}
