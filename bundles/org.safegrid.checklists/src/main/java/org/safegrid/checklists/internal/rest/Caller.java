package org.safegrid.checklists.internal.rest;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.internal.model.Author;

/** Who is calling and in which language they read messages. */
final class Caller {

    private Caller() {
    }

    /** The logged-in user's name; the platform's auth filter guarantees one under {@code /api}. */
    static String user(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw new SafeGridException(SafeGridException.Kind.UNAUTHORIZED, "unauthorized", "Not logged in");
        }
        return principal.getName();
    }

    /** The caller as a template author: administrators write for every department, department users for theirs. */
    static Author author(SecurityContext security) {
        DataScope scope = DataScope.of(security);
        return new Author(user(security), security.isUserInRole(Permissions.ADMIN_ROLE), scope.departments());
    }

    /** The caller's preferred language tag from {@code Accept-Language}; Chinese when none is named. */
    static String language(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        return languages.isEmpty() ? "zh-CN" : languages.get(0).toLanguageTag();
    }
}
