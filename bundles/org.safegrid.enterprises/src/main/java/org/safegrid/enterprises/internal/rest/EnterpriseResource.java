package org.safegrid.enterprises.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.internal.service.EnterpriseRegistry;
import org.safegrid.enterprises.internal.validation.Failures;

/** The enterprise registry: {@code /api/enterprises}, list, read, register, change; all within the caller's scope. */
@Component(service = EnterpriseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    private final EnterpriseRegistry registry;

    @Activate
    public EnterpriseResource(@Reference EnterpriseRegistry registry) {
        this.registry = registry;
    }

    @GET
    public Page<EnterpriseView> list(@QueryParam("text") String text, @QueryParam("village") String village,
            @QueryParam("department") String department, @QueryParam("sector") String sector,
            @QueryParam("risk") String risk, @QueryParam("status") String status,
            @QueryParam("flag") List<String> flags, @QueryParam("small") String small,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        QueryParams params = new QueryParams(Caller.english(headers));
        var filters = new QueryParams.Filters(text, village, department, sector, risk, status, flags, small, sort);
        Page<Enterprise> found = registry.find(params.query(filters, page, size), scope);
        return new Page<>(found.items().stream().map(e -> view(e, scope)).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("{id}")
    public EnterpriseView get(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        boolean english = Caller.english(headers);
        long key = new QueryParams(english).id(id);
        return registry.get(key, scope)
                .map(e -> view(e, scope))
                .orElseThrow(() -> Failures.notFound(english, Failures.ENTERPRISE, key));
    }

    @POST
    public Response create(EnterpriseInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        DataScope scope = DataScope.of(security);
        Enterprise created = registry.create(input, scope, Caller.user(security), Caller.english(headers));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(view(created, scope))
                .build();
    }

    @PUT
    @Path("{id}")
    public EnterpriseView update(@PathParam("id") String id, EnterpriseInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        boolean english = Caller.english(headers);
        long key = new QueryParams(english).id(id);
        return view(registry.update(key, input, scope, Caller.user(security), english), scope);
    }

    private EnterpriseView view(Enterprise e, DataScope scope) {
        return EnterpriseView.of(e, registry.mayEdit(e, scope));
    }
}
