package org.safegrid.api.security;

import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.core.SecurityContext;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.module.Permissions;

/**
 * Which enterprises a user sees and changes, derived from the user's roles in one place:
 * <ul>
 * <li>{@code admin} and {@code committee}: all of them, and may change all of them;</li>
 * <li>{@code dept-<id>}: those the department regulates (first or second regulating department), and may change
 * them;</li>
 * <li>{@code village-<code>}: those in the village, read only.</li>
 * </ul>
 * A user holding several roles sees the union. A user with none of them sees nothing.
 *
 * @param all whether every enterprise is in scope (and editable)
 * @param departments the departments whose enterprises are in scope and editable
 * @param villages the villages whose enterprises are in scope, read only
 */
public record DataScope(boolean all, Set<String> departments, Set<String> villages) {

    public DataScope {
        departments = Set.copyOf(departments);
        villages = Set.copyOf(villages);
    }

    /** Everything: for system work (schedulers, reports of the whole town); never for a request's user. */
    public static DataScope everything() {
        return new DataScope(true, Set.of(), Set.of());
    }

    /** The scope of a user with the given roles. */
    public static DataScope of(Set<String> roles) {
        if (roles.contains(Permissions.ADMIN_ROLE) || roles.contains(Permissions.COMMITTEE_ROLE)) {
            return everything();
        }
        Set<String> departments = new TreeSet<>();
        Set<String> villages = new TreeSet<>();
        for (String role : roles) {
            if (role.startsWith(Permissions.DEPARTMENT_ROLE_PREFIX)) {
                departments.add(role.substring(Permissions.DEPARTMENT_ROLE_PREFIX.length()));
            } else if (role.startsWith(Permissions.VILLAGE_ROLE_PREFIX)) {
                villages.add(role.substring(Permissions.VILLAGE_ROLE_PREFIX.length()));
            }
        }
        return new DataScope(false, departments, villages);
    }

    /**
     * The scope of the caller of a REST request.
     *
     * @throws SafeGridException 401 when nobody is logged in
     */
    public static DataScope of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof SafeGridPrincipal user) {
            return of(user.roles());
        }
        throw new SafeGridException(SafeGridException.Kind.UNAUTHORIZED, "unauthorized", "Not logged in");
    }

    /** Whether an enterprise with these attributes is visible. */
    public boolean sees(String department, String secondDepartment, String village) {
        return all || departments.contains(department)
                || (secondDepartment != null && departments.contains(secondDepartment))
                || (village != null && villages.contains(village));
    }

    /** Whether an enterprise with these attributes may be changed. */
    public boolean edits(String department, String secondDepartment) {
        return all || departments.contains(department)
                || (secondDepartment != null && departments.contains(secondDepartment));
    }

    /** Whether the user may create or import an enterprise regulated by this department. */
    public boolean mayAssign(String department) {
        return all || departments.contains(department);
    }

    /** Whether the scope holds nothing at all. */
    public boolean isEmpty() {
        return !all && departments.isEmpty() && villages.isEmpty();
    }
}
