package org.safegrid.security.internal.rest;

import java.util.ArrayList;
import java.util.List;

import org.safegrid.api.module.Permissions;

/** The permissions a set of roles grants, spelled out for the web shell. */
final class PermissionList {

    private PermissionList() {
    }

    static List<String> of(List<String> roles) {
        List<String> permissions = new ArrayList<>();
        for (String role : roles) {
            if (Permissions.ADMIN_ROLE.equals(role)) {
                permissions.add("*");
            } else if (Permissions.COMMITTEE_ROLE.equals(role)) {
                permissions.add("*:" + Permissions.VIEW);
            } else if (role.startsWith(Permissions.DEPARTMENT_ROLE_PREFIX)) {
                permissions.add(role.substring(Permissions.DEPARTMENT_ROLE_PREFIX.length()) + ":*");
            }
        }
        return permissions;
    }
}
