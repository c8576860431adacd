package org.safegrid.enterprises.internal.rest;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.safegrid.api.module.Permissions;
import org.safegrid.enterprises.internal.validation.Failures;

/** Reference data is changed by administrators only. */
final class AdminOnly {

    private AdminOnly() {
    }

    /** Passes for an administrator and answers whether they read English; a 403 for anyone else. */
    static boolean check(SecurityContext security, HttpHeaders headers) {
        Caller.user(security);
        boolean english = Caller.english(headers);
        if (!security.isUserInRole(Permissions.ADMIN_ROLE)) {
            throw Failures.adminOnly(english);
        }
        return english;
    }
}
