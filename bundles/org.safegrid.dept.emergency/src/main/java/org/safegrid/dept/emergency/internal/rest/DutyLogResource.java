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
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.dept.emergency.internal.dto.LogDto;
import org.safegrid.dept.emergency.internal.dto.LogInput;
import org.safegrid.dept.emergency.internal.dto.PageDto;
import org.safegrid.dept.emergency.internal.model.LogData;
import org.safegrid.dept.emergency.internal.service.DutyLogService;
import org.safegrid.dept.emergency.internal.service.ShiftService;
import org.safegrid.dept.emergency.internal.validation.LogValidator;
import org.safegrid.dept.emergency.internal.validation.QueryParams;

/** The duty log: {@code /api/dept/emergency/log}. */
@Component(service = DutyLogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(EmergencyApi.BASE + "log")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutyLogResource {

    static final String WHAT = "log entry";

    private final DutyLogService log;
    private final ShiftService shifts;
    private final DutyClock clock;

    @Activate
    public DutyLogResource(@Reference DutyLogService log, @Reference ShiftService shifts,
            @Reference DutyClock clock) {
        this.log = log;
        this.shifts = shifts;
        this.clock = clock;
    }

    @GET
    public PageDto<LogDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("category") String category) {
        return log.list(QueryParams.page(page, size, from, to), QueryParams.category(category));
    }

    @GET
    @Path("{id}")
    public LogDto get(@PathParam("id") String id) {
        long key = QueryParams.id(WHAT, id);
        return log.find(key).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
    }

    @POST
    public Response create(LogInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String user = Caller.user(security);
        LogData data = validate(input, headers);
        LogDto created = log.create(data, user);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public LogDto update(@PathParam("id") String id, LogInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        long key = QueryParams.id(WHAT, id);
        String user = Caller.user(security);
        LogData data = validate(input, headers);
        return log.update(key, data, user).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
    }

    private LogData validate(LogInput input, HttpHeaders headers) {
        return LogValidator.validate(input, Caller.language(headers), clock.now(), shifts::exists);
    }
}
