package org.safegrid.dept.planning.internal.common;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.safegrid.api.error.SafeGridException;

/** Who is calling and in which language they read messages. */
public final class Caller {

    private Caller() {
    }

    /** The logged-in user's name; the platform's auth filter guarantees one on department applications. */
    public static String user(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw new SafeGridException(SafeGridException.Kind.UNAUTHORIZED, "unauthorized", "Not logged in");
        }
        return principal.getName();
    }

    /** The caller's preferred language tag from {@code Accept-Language}; Chinese when none is named. */
    public static String language(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        return languages.isEmpty() ? "zh-CN" : languages.get(0).toLanguageTag();
    }
}
