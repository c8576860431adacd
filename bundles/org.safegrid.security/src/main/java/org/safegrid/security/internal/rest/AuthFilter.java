package org.safegrid.security.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.security.SafeGridPrincipal;
import org.safegrid.security.internal.Authenticator;
import org.safegrid.security.internal.TokenService;
import org.safegrid.security.internal.store.User;

/**
 * Authentication and module authorisation for every SafeGrid REST application, in one place. Accepts HTTP Basic, a
 * Bearer token or the {@code SG_TOKEN} cookie. Requests to a department application need that department's
 * {@code view} permission to read and {@code edit} to change anything.
 */
@Component(service = ContainerRequestFilter.class, property = "safegrid.extension=auth")
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=safegrid.*)")
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {

    public static final String COOKIE = "SG_TOKEN";

    private static final Set<String> PUBLIC = Set.of("GET /api/health", "POST /api/auth/login", "GET /api/events",
            "GET /api/openapi.json", "GET /api/openapi.yaml");

    private final Authenticator authenticator;
    private final TokenService tokens;

    @Activate
    public AuthFilter(@Reference Authenticator authenticator, @Reference TokenService tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = normalise(request.getUriInfo().getRequestUri().getPath());
        String method = request.getMethod();
        Optional<User> user = identify(request);
        if (user.isEmpty()) {
            if (!PUBLIC.contains(method + " " + path)) {
                request.abortWith(error(401, "unauthorized", Lang.pick(request.getAcceptableLanguages(),
                        "请先登录：用户名或密码错误或缺失", "Log in first: wrong or missing credentials")));
            }
            return;
        }
        User u = user.get();
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new UserContext(u, secure));
        String module = departmentOf(path);
        if (module != null) {
            String action = "GET".equals(method) || "HEAD".equals(method) ? Permissions.VIEW : Permissions.EDIT;
            String permission = Permissions.of(module, action);
            if (!Permissions.granted(u.roles()::contains, permission)) {
                request.abortWith(error(403, "forbidden", Lang.pick(request.getAcceptableLanguages(),
                        "无权" + (Permissions.VIEW.equals(action) ? "查看" : "修改") + "模块 " + module + " 的数据",
                        "You may not " + action + " the " + module + " module"), Map.of("permission", permission)));
            }
        }
    }

    private Optional<User> identify(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim());
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return token(header.substring(7).trim());
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        return cookie == null ? Optional.empty() : token(cookie.getValue());
    }

    private Optional<User> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    }

    private Optional<User> token(String token) {
        return tokens.username(token).flatMap(authenticator::current);
    }

    /** The department a path belongs to, or null: {@code /api/dept/<id>/...}. */
    static String departmentOf(String path) {
        if (!path.startsWith(DepartmentApi.BASE_PATH)) {
            return null;
        }
        String rest = path.substring(DepartmentApi.BASE_PATH.length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        return id.isEmpty() ? null : id;
    }

    static String normalise(String path) {
        String p = path == null ? "/" : path.replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    static Response error(int status, String code, String message) {
        return error(status, code, message, Map.of());
    }

    static Response error(int status, String code, String message, Map<String, Object> details) {
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("code", code, "message", message, "details", details));
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"safegrid\"");
        }
        return builder.build();
    }

    /** The logged-in user with the roles behind the data scope. */
    record Caller(String getName, Set<String> roles) implements SafeGridPrincipal {
        Caller {
            roles = Set.copyOf(roles);
        }
    }

    /** The logged-in user as JAX-RS sees it. */
    record UserContext(User user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new Caller(user.username(), Set.copyOf(user.roles()));
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "SAFEGRID";
        }
    }
}
