package org.safegrid.security.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.module.Permissions;
import org.safegrid.security.internal.store.User;
import org.safegrid.security.internal.store.UserStore;

/** {@code /api/users}: user administration, for administrators; users may change their own password. */
@Component(service = UsersResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=safegrid.api)")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    private final UserStore users;

    public record NewUser(String username, String displayName, String password, List<String> roles) {
    }

    public record UserChange(String displayName, List<String> roles, Boolean enabled) {
    }

    public record NewPassword(String password) {
    }

    @Activate
    public UsersResource(@Reference UserStore users) {
        this.users = users;
    }

    @GET
    public List<User> list(@Context SecurityContext caller) {
        requireAdmin(caller);
        return users.list();
    }

    @GET
    @Path("{username}")
    public User get(@PathParam("username") String username, @Context SecurityContext caller) {
        requireAdmin(caller);
        return users.find(username).orElseThrow(() -> SafeGridException.notFound("user", username));
    }

    @POST
    public Response create(NewUser body, @Context SecurityContext caller) {
        requireAdmin(caller);
        NewUser u = required(body);
        User created = users.create(u.username(), u.displayName(), chars(u.password()), u.roles());
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{username}")
    public User update(@PathParam("username") String username, UserChange body, @Context SecurityContext caller) {
        requireAdmin(caller);
        UserChange c = required(body);
        if (username.equals(caller.getUserPrincipal().getName())
                && (!Boolean.TRUE.equals(c.enabled()) || c.roles() == null
                        || !c.roles().contains(Permissions.ADMIN_ROLE))) {
            throw SafeGridException.conflict("self_lockout",
                    "You cannot disable yourself or remove your own admin role");
        }
        return users.update(username, c.displayName(), c.roles(), c.enabled() == null || c.enabled());
    }

    @PUT
    @Path("{username}/password")
    public Response password(@PathParam("username") String username, NewPassword body,
            @Context SecurityContext caller) {
        if (!username.equals(caller.getUserPrincipal().getName())) {
            requireAdmin(caller);
        }
        users.changePassword(username, chars(required(body).password()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username, @Context SecurityContext caller) {
        requireAdmin(caller);
        if (username.equals(caller.getUserPrincipal().getName())) {
            throw SafeGridException.conflict("self_delete", "You cannot delete yourself");
        }
        users.delete(username);
        return Response.noContent().build();
    }

    private static void requireAdmin(SecurityContext caller) {
        if (!caller.isUserInRole(Permissions.ADMIN_ROLE)) {
            throw SafeGridException.forbidden("Only administrators manage users");
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw SafeGridException.badRequest("missing_body", "A JSON body is required");
        }
        return body;
    }

    private static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }
}
