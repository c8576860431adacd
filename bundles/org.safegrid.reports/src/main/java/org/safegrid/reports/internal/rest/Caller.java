package org.safegrid.reports.internal.rest;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.safegrid.api.error.SafeGridException;

/** Who is calling and in which language they read. */
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

    /** Whether the caller asked for English ({@code Accept-Language: en...}); Chinese otherwise. */
    static boolean english(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !languages.isEmpty() && languages.get(0).getLanguage().equalsIgnoreCase("en");
    }
}
