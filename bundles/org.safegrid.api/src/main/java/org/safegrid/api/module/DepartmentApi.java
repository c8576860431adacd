package org.safegrid.api.module;

/**
 * How a department's JAX-RS resources join its REST application. The platform registers, for each active
 * {@link Department}, a JAX-RS whiteboard application named {@code safegrid.dept.<id>} with base {@code /api/dept/<id>}.
 * A resource selects it with, for example:
 *
 * <pre>
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect("(osgi.jaxrs.name=safegrid.dept.emergency)")
 * </pre>
 *
 * Every request to that application is authenticated, and only users holding a permission of the department (see
 * {@link Permissions}) get through.
 */
public final class DepartmentApi {

    /** Prefix of the application name; the department id follows. */
    public static final String APPLICATION_NAME_PREFIX = "safegrid.dept.";

    /** Base path of all department applications; the department id follows. */
    public static final String BASE_PATH = "/api/dept/";

    private DepartmentApi() {
    }

    /** The JAX-RS application name of a department. */
    public static String applicationName(String departmentId) {
        return APPLICATION_NAME_PREFIX + departmentId;
    }

    /** The LDAP filter a resource uses to select the application of a department. */
    public static String applicationSelect(String departmentId) {
        return "(osgi.jaxrs.name=" + applicationName(departmentId) + ")";
    }
}
