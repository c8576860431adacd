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
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.internal.model.SectorInput;
import org.safegrid.enterprises.internal.service.ReferenceDataService;

/** Sectors (行业): {@code /api/sectors}; everyone reads, administrators change. */
@Component(service = SectorResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("sectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SectorResource {

    private final ReferenceDataService reference;

    @Activate
    public SectorResource(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    /** Every sector, active or not, by code. */
    @GET
    public List<Sector> list() {
        return reference.sectors();
    }

    @POST
    public Response create(SectorInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        boolean english = AdminOnly.check(security, headers);
        Sector created = reference.createSector(input, english);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    /** Renames, reassigns, deactivates or reactivates a sector; its enterprises stay in it. */
    @PUT
    @Path("{code}")
    public Sector update(@PathParam("code") String code, SectorInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        return reference.updateSector(code, input, AdminOnly.check(security, headers));
    }
}
