package org.safegrid.security.internal.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.security.internal.Authenticator;
import org.safegrid.security.internal.TokenService;
import org.safegrid.security.internal.store.User;

/** {@code /api/auth}: log in for a token (and the session cookie), log out, who am I. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=safegrid.api)")
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final Authenticator authenticator;
    private final TokenService tokens;

    public record Credentials(String username, String password) {
    }

    public record Me(String username, String displayName, List<String> roles, List<String> permissions) {
    }

    public record Login(String token, Instant expiresAt, Me user) {
    }

    @Activate
    public AuthResource(@Reference Authenticator authenticator, @Reference TokenService tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @POST
    @Path("login")
    public Response login(Credentials credentials, @Context HttpHeaders headers) {
        List<Locale> languages = headers.getAcceptableLanguages();
        if (credentials == null || blank(credentials.username()) || blank(credentials.password())) {
            String required = Lang.pick(languages, "必填", "required");
            throw SafeGridException.invalid(Lang.pick(languages, "请输入用户名和密码", "Username and password are required"),
                    Map.of("username", required, "password", required));
        }
        User user = authenticator.authenticate(credentials.username().trim(), credentials.password().toCharArray())
                .orElseThrow(() -> new SafeGridException(SafeGridException.Kind.UNAUTHORIZED, "bad_credentials",
                        Lang.pick(languages, "用户名或密码错误", "Wrong username or password")));
        TokenService.Issued issued = tokens.issue(user.username());
        long maxAge = Math.max(0, issued.expiresAt().getEpochSecond() - Instant.now().getEpochSecond());
        return Response.ok(new Login(issued.token(), issued.expiresAt(), me(user)))
                .header("Set-Cookie", AuthFilter.COOKIE + "=" + issued.token() + "; Path=/; Max-Age=" + maxAge
                        + "; HttpOnly; SameSite=Strict")
                .build();
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(AuthFilter.COOKIE) String cookie,
            @javax.ws.rs.HeaderParam("Authorization") String authorization) {
        tokens.revoke(cookie);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).trim());
        }
        return Response.noContent()
                .header("Set-Cookie", AuthFilter.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict").build();
    }

    @GET
    @Path("me")
    public Me me(@Context SecurityContext context) {
        return me(((AuthFilter.UserContext) context).user());
    }

    static Me me(User user) {
        return new Me(user.username(), user.displayName(), user.roles(), PermissionList.of(user.roles()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
