package org.safegrid.api.module;

/**
 * How a department publishes its REST API: as JAX-RS whiteboard resources of the platform's one REST application
 * ({@code /api}), under the path {@code dept/<id>/}. For example:
 *
 * <pre>
 * &#64;Component(service = DutyLogResource.class)
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
 * &#64;Path(DepartmentApi.PATH_PREFIX + "emergency/log")
 * public class DutyLogResource { ... }
 * </pre>
 *
 * Every request under {@code /api/dept/<id>/} is authenticated, and only users holding a permission of the
 * department (see {@link Permissions}) get through: {@code view} to read, {@code edit} for anything else. Errors thrown
 * as {@link org.safegrid.api.error.SafeGridException} become JSON error bodies. A resource that needs the database
 * should reference its module's {@link org.safegrid.api.data.ModuleSchema}, so it serves only at the right schema.
 *
 * <p>
 * One application for everything is deliberate: in Karaf, CXF's HTTP destinations are shared between the whiteboard's
 * applications, and a second application also at endpoint address "/" failed to start.
 */
public final class DepartmentApi {

    /** Selects the platform's REST application. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=safegrid.api)";

    /** Prefix of every department resource path, relative to {@code /api}; the department id follows. */
    public static final String PATH_PREFIX = "dept/";

    /** The URL path under which departments are served; the department id follows. */
    public static final String BASE_PATH = "/api/" + PATH_PREFIX;

    private DepartmentApi() {
    }
}
