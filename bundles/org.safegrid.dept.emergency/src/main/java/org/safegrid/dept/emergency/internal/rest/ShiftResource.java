package org.safegrid.dept.emergency.internal.rest;

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
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.emergency.internal.dto.PageDto;
import org.safegrid.dept.emergency.internal.dto.ShiftDto;
import org.safegrid.dept.emergency.internal.dto.ShiftInput;
import org.safegrid.dept.emergency.internal.model.ShiftData;
import org.safegrid.dept.emergency.internal.service.ShiftService;
import org.safegrid.dept.emergency.internal.validation.QueryParams;
import org.safegrid.dept.emergency.internal.validation.ShiftValidator;

/** The duty roster's shifts: {@code /api/dept/emergency/shifts}. */
@Component(service = ShiftResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(EmergencyApi.BASE + "shifts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftResource {

    static final String WHAT = "shift";

    private final ShiftService shifts;

    @Activate
    public ShiftResource(@Reference ShiftService shifts) {
        this.shifts = shifts;
    }

    @GET
    public PageDto<ShiftDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return shifts.list(QueryParams.page(page, size, from, to));
    }

    @GET
    @Path("{id}")
    public ShiftDto get(@PathParam("id") String id) {
        long key = QueryParams.id(WHAT, id);
        return shifts.find(key).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
    }

    @POST
    public Response create(ShiftInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String user = Caller.user(security);
        ShiftData data = ShiftValidator.validate(input, Caller.language(headers));
        ShiftDto created = shifts.create(data, user);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public ShiftDto update(@PathParam("id") String id, ShiftInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        long key = QueryParams.id(WHAT, id);
        String user = Caller.user(security);
        ShiftData data = ShiftValidator.validate(input, Caller.language(headers));
        return shifts.update(key, data, user).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
    }
}
