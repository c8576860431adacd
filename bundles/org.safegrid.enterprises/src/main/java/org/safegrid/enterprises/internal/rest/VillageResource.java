package org.safegrid.enterprises.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.model.VillageInput;
import org.safegrid.enterprises.internal.service.ReferenceDataService;

/** Villages (村/社区): {@code /api/villages}; everyone reads, administrators change. */
@Component(service = VillageResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VillageResource {

    private final ReferenceDataService reference;

    @Activate
    public VillageResource(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    /** Every village, active or not, by code. */
    @GET
    public List<Village> list() {
        return reference.villages();
    }

    @POST
    public Response create(VillageInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        boolean english = AdminOnly.check(security, headers);
        Village created = reference.createVillage(input, english);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    /** Renames, deactivates or reactivates a village; its enterprises stay where they are. */
    @PUT
    @Path("{code}")
    public Village update(@PathParam("code") String code, VillageInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        return reference.updateVillage(code, input, AdminOnly.check(security, headers));
    }
}
