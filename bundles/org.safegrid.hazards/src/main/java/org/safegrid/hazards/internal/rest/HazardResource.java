package org.safegrid.hazards.internal.rest;

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
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Page;
import org.safegrid.hazards.internal.dto.FixesInput;
import org.safegrid.hazards.internal.dto.HazardDetail;
import org.safegrid.hazards.internal.dto.HazardInput;
import org.safegrid.hazards.internal.dto.HazardView;
import org.safegrid.hazards.internal.dto.StatsView;
import org.safegrid.hazards.internal.dto.StepInput;
import org.safegrid.hazards.internal.dto.VerifyInput;
import org.safegrid.hazards.internal.model.BoardFilter;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.model.TimelineEntry;
import org.safegrid.hazards.internal.service.HazardRegistry;
import org.safegrid.hazards.internal.service.HazardTransitions;
import org.safegrid.hazards.internal.validation.FieldReader;

/**
 * The hazards: {@code /api/hazards}, the board, one hazard with its timeline, the counts, the report and every step of
 * the lifecycle. Everything within the caller's data scope; the literal {@code stats} wins over {@code {id}}.
 */
@Component(service = HazardResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("hazards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HazardResource {

    private final HazardRegistry registry;
    private final HazardTransitions transitions;

    @Activate
    public HazardResource(@Reference HazardRegistry registry, @Reference HazardTransitions transitions) {
        this.registry = registry;
        this.transitions = transitions;
    }

    @GET
    public Page<HazardView> board(@QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("department") String department, @QueryParam("village") String village,
            @QueryParam("state") String state, @QueryParam("level") String level,
            @QueryParam("source") String source, @QueryParam("overdue") String overdue,
            @QueryParam("text") String text, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort, @Context SecurityContext security, @Context HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        String user = Caller.user(security);
        QueryParams params = new QueryParams(Caller.english(headers));
        BoardFilter filter = params.filter(
                new QueryParams.Filters(enterpriseId, department, village, state, level, source, overdue, text));
        Page<HazardRecord> found = registry.board(scope, filter, params.sort(sort), params.page(page),
                params.size(size));
        return new Page<>(found.items().stream().map(h -> Views.row(h, scope, user)).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("stats")
    public StatsView stats(@QueryParam("department") String department, @QueryParam("village") String village,
            @QueryParam("level") String level, @QueryParam("enterpriseId") String enterpriseId,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        QueryParams params = new QueryParams(Caller.english(headers));
        BoardFilter filter = params.filter(
                new QueryParams.Filters(enterpriseId, department, village, null, level, null, null, null));
        return Views.stats(registry.stats(scope, filter));
    }

    @POST
    public Response report(HazardInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        DataScope scope = DataScope.of(security);
        String user = Caller.user(security);
        FieldReader reader = new FieldReader(Caller.english(headers));
        HazardRecord created = registry.report(Inputs.hazard(input, reader), scope, user, reader);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.hazard().id())).build())
                .entity(detail(created, scope, user))
                .build();
    }

    @GET
    @Path("{id}")
    public HazardDetail get(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        boolean english = Caller.english(headers);
        HazardRecord hazard = registry.require(new QueryParams(english).hazardId(id), scope, english);
        return detail(hazard, scope, Caller.user(security));
    }

    @GET
    @Path("{id}/timeline")
    public Page<TimelineEntry> timeline(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security, @Context HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        boolean english = Caller.english(headers);
        QueryParams params = new QueryParams(english);
        HazardRecord hazard = registry.require(params.hazardId(id), scope, english);
        return registry.timeline(hazard, params.page(page), params.size(size));
    }

    @PUT
    @Path("{id}/fixes")
    public HazardDetail fixes(@PathParam("id") String id, FixesInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Step step = step(id, security, headers);
        Long version = input == null ? null : Inputs.version(input.version(), step.reader());
        return detail(step, transitions.recordFixes(step.key(), Inputs.fixes(input, "", step.reader()), version,
                step.scope(), step.user(), step.reader()));
    }

    @POST
    @Path("{id}/rectify")
    public HazardDetail rectify(@PathParam("id") String id, StepInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Step step = step(id, security, headers);
        StepInput in = input == null ? new StepInput(null, null, null) : input;
        return detail(step, transitions.rectify(step.key(), in.note(), Inputs.version(in.version(), step.reader()),
                step.scope(), step.user(), step.reader()));
    }

    @POST
    @Path("{id}/submit")
    public HazardDetail submit(@PathParam("id") String id, StepInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Step step = step(id, security, headers);
        StepInput in = input == null ? new StepInput(null, null, null) : input;
        return detail(step, transitions.submit(step.key(), in.note(), in.evidence(),
                Inputs.version(in.version(), step.reader()), step.scope(), step.user(), step.reader()));
    }

    @POST
    @Path("{id}/verify")
    public HazardDetail verify(@PathParam("id") String id, VerifyInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Step step = step(id, security, headers);
        VerifyInput in = input == null ? new VerifyInput(null, null, null) : input;
        return detail(step, transitions.verify(step.key(), in.accepted(), in.note(),
                Inputs.version(in.version(), step.reader()), step.scope(), step.user(), step.reader()));
    }

    /** There is no closing without verification: always 409 ({@code verify_first}), after the 404 check. */
    @POST
    @Path("{id}/close")
    public HazardDetail close(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        boolean english = Caller.english(headers);
        DataScope scope = DataScope.of(security);
        return detail(transitions.close(new QueryParams(english).hazardId(id), scope, english), scope,
                Caller.user(security));
    }

    /** Who takes a step on which hazard, read in the order the errors must come: 401, then the id (404). */
    private record Step(DataScope scope, String user, FieldReader reader, long key) {
    }

    private Step step(String id, SecurityContext security, HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        String user = Caller.user(security);
        FieldReader reader = new FieldReader(Caller.english(headers));
        return new Step(scope, user, reader, new QueryParams(reader.english()).hazardId(id));
    }

    private HazardDetail detail(Step step, HazardRecord changed) {
        return detail(changed, step.scope(), step.user());
    }

    private HazardDetail detail(HazardRecord hazard, DataScope scope, String user) {
        return Views.detail(hazard, registry.editable(hazard, scope), registry.mayVerify(hazard, scope, user),
                registry.timeline(hazard));
    }
}
