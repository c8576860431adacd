package org.safegrid.api.module;

import java.util.function.Predicate;

/**
 * Permission names. A permission is {@code <module>:<action>}, for example {@code emergency:view}. The platform grants
 * them from roles: a department role ({@code dept-<id>}) holds every permission of its own module, the committee role
 * holds {@code view} on every module, and the admin role holds all.
 */
public final class Permissions {

    public static final String VIEW = "view";
    public static final String EDIT = "edit";

    /** Administrators: every permission. */
    public static final String ADMIN_ROLE = "admin";

    /** The town work-safety committee office: sees every module. */
    public static final String COMMITTEE_ROLE = "committee";

    /** Prefix of department roles; the department id follows. */
    public static final String DEPARTMENT_ROLE_PREFIX = "dept-";

    /** Prefix of village roles; the village code follows. */
    public static final String VILLAGE_ROLE_PREFIX = "village-";

    private Permissions() {
    }

    public static String of(String module, String action) {
        return module + ":" + action;
    }

    /** The role that a department's own staff hold. */
    public static String departmentRole(String departmentId) {
        return DEPARTMENT_ROLE_PREFIX + departmentId;
    }

    /**
     * Whether a user with the given roles holds a permission {@code <module>:<action>}.
     *
     * @param hasRole tells whether the user holds a role
     */
    public static boolean granted(Predicate<String> hasRole, String permission) {
        if (hasRole.test(ADMIN_ROLE)) {
            return true;
        }
        int colon = permission == null ? -1 : permission.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String module = permission.substring(0, colon);
        String action = permission.substring(colon + 1);
        return hasRole.test(departmentRole(module)) || (VIEW.equals(action) && hasRole.test(COMMITTEE_ROLE));
    }
}
