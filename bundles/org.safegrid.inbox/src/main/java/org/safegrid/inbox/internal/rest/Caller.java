package org.safegrid.inbox.internal.rest;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.SafeGridPrincipal;
import org.safegrid.inbox.internal.validation.Text;

/** Who is calling, with which roles, and in which language they read messages. */
record Caller(String username, Set<String> roles, boolean english) {

    /** The logged-in caller; 401 when nobody is (the platform's auth filter normally answers first). */
    static Caller of(SecurityContext security, HttpHeaders headers) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof SafeGridPrincipal user && user.getName() != null && !user.getName().isBlank()) {
            return new Caller(user.getName(), Set.copyOf(user.roles()), english(headers));
        }
        throw new SafeGridException(SafeGridException.Kind.UNAUTHORIZED, "unauthorized", "Not logged in");
    }

    /** Whether the caller asked for English ({@code Accept-Language: en...}); Chinese otherwise. */
    static boolean english(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !languages.isEmpty() && Text.english(languages.get(0).toLanguageTag());
    }
}
