package org.safegrid.enterprises.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.SafeGridPrincipal;
import org.safegrid.enterprises.internal.testing.Errors;

/** Who may change reference data, and which language a caller reads. */
class AccessTest {

    static SecurityContext user(String name, String... roles) {
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
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "TEST";
            }
        };
    }

    static HttpHeaders languages(Locale... locales) {
        return (HttpHeaders) Proxy.newProxyInstance(AccessTest.class.getClassLoader(),
                new Class<?>[]{HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(locales);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void onlyAdministratorsChangeReferenceData() {
        assertTrue(AdminOnly.check(user("root", "admin"), languages(Locale.ENGLISH)));
        assertFalse(AdminOnly.check(user("root", "admin"), languages()));
        SafeGridException committee = Errors.expect(Kind.FORBIDDEN, "forbidden",
                () -> AdminOnly.check(user("c", "committee"), languages(Locale.SIMPLIFIED_CHINESE)));
        assertEquals("只有管理员可以修改村社区和行业", committee.getMessage());
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> AdminOnly.check(user("d", "dept-emergency"),
                languages(Locale.ENGLISH)));
        Errors.expect(Kind.UNAUTHORIZED, "unauthorized", () -> AdminOnly.check(null, languages()));
    }

    @Test
    void englishOnlyWhenAskedFirst() {
        assertTrue(Caller.english(languages(Locale.US, Locale.CHINA)));
        assertFalse(Caller.english(languages(Locale.CHINA, Locale.US)));
        assertFalse(Caller.english(languages()));
        assertEquals("wang", Caller.user(user("wang")));
    }
}
