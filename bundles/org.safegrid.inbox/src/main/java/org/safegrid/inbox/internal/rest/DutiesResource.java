package org.safegrid.inbox.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.enterprises.api.Page;
import org.safegrid.inbox.internal.duty.DutyEntry;
import org.safegrid.inbox.internal.duty.DutyInput;
import org.safegrid.inbox.internal.duty.DutyService;
import org.safegrid.inbox.internal.duty.TeamFilter;

/** The staff's duty entries: {@code /api/duties}. */
@Component(service = DutiesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("duties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutiesResource {

    private final DutyService duties;

    @Activate
    public DutiesResource(@Reference DutyService duties) {
        this.duties = duties;
    }

    /** The caller's own entries whose period starts within {@code from}..{@code to}, latest first. */
    @GET
    public Page<DutyEntry> own(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        QueryParams params = new QueryParams(caller.english());
        QueryParams.Range range = params.range(from, to);
        QueryParams.Paging paging = params.paging(page, size);
        return duties.own(caller.username(), range.from(), range.to(), paging.page(), paging.size());
    }

    /** What the caller owes now and over the last 30 days, each with its state (DUE, OVERDUE, DONE). */
    @GET
    @Path("owed")
    public List<OwedView> owed(@Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        return duties.owed(caller.username(), caller.roles()).stream().map(OwedView::of).toList();
    }

    /** Records an entry by hand: 201 with the entry. */
    @POST
    public Response record(DutyInput input, @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        DutyEntry entry = duties.record(caller.username(), caller.roles(), input, caller.english());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    /** A unit's entries: one of {@code department}, {@code village} or {@code committee=true}. */
    @GET
    @Path("team")
    public Page<DutyEntry> team(@QueryParam("department") String department, @QueryParam("village") String village,
            @QueryParam("committee") String committee, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        QueryParams params = new QueryParams(caller.english());
        String dept = params.code("department", department);
        String vill = params.code("village", village);
        boolean office = params.bool("committee", committee);
        params.oneUnit(dept, vill, office);
        QueryParams.Range range = params.range(from, to);
        QueryParams.Paging paging = params.paging(page, size);
        return duties.team(caller.roles(), new TeamFilter(dept, vill, office), range.from(), range.to(),
                paging.page(), paging.size(), caller.english());
    }
}
