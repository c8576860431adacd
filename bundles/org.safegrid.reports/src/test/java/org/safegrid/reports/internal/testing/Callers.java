package org.safegrid.reports.internal.testing;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.safegrid.api.security.SafeGridPrincipal;

/** Logged-in callers and their request headers. */
public final class Callers {

    private Callers() {
    }

    public static SecurityContext user(String name, String... roles) {
        SafeGridPrincipal principal = new SafeGridPrincipal() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> roles() {
                return Set.of(roles);
            }
        };
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return Set.of(roles).contains(role);
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    public static SecurityContext admin() {
        return user("admin", "admin");
    }

    /** Headers asking for a language ("zh-CN", "en"). */
    public static HttpHeaders language(String tag) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[]{HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(Locale.forLanguageTag(tag));
                    }
                    return null;
                });
    }

    public static HttpHeaders chinese() {
        return language("zh-CN");
    }

    public static HttpHeaders english() {
        return language("en");
    }
}
