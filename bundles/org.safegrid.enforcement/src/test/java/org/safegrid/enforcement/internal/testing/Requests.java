package org.safegrid.enforcement.internal.testing;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.safegrid.api.security.SafeGridPrincipal;

/** What a JAX-RS request hands the resources: the logged-in user and the headers. */
public final class Requests {

    private Requests() {
    }

    record User(String getName, Set<String> roles) implements SafeGridPrincipal {
    }

    /** The security context of a user with these roles, as the platform's auth filter sets it. */
    public static SecurityContext user(String name, String... roles) {
        User user = new User(name, Set.of(roles));
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return user;
            }

            @Override
            public boolean isUserInRole(String role) {
                return user.roles().contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "SAFEGRID";
            }
        };
    }

    /** Headers asking for one language. */
    public static HttpHeaders language(String tag) {
        return (HttpHeaders) Proxy.newProxyInstance(Requests.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(Locale.forLanguageTag(tag));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
