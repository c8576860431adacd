package org.safegrid.enforcement.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.CaseQuery;
import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.CaseView;
import org.safegrid.enforcement.internal.dto.PenaltyInput;
import org.safegrid.enforcement.internal.dto.RectifiedInput;
import org.safegrid.enforcement.internal.dto.RefusalInput;
import org.safegrid.enforcement.internal.dto.ReinspectionInput;
import org.safegrid.enforcement.internal.service.CaseSteps;
import org.safegrid.enforcement.internal.service.Cases;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.enforcement.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Page;

/**
 * Closed-loop enforcement cases: {@code /api/enforcement/cases}. Every step answers the case as it now stands, with its
 * timeline.
 */
@Component(service = CasesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("enforcement/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    private final Cases cases;
    private final CaseSteps steps;

    @Activate
    public CasesResource(@Reference Cases cases, @Reference CaseSteps steps) {
        this.cases = cases;
        this.steps = steps;
    }

    /** Step 1, the rectification order: 201 with the case. */
    @POST
    public Response open(CaseInput input, @Context SecurityContext security, @Context HttpHeaders headers) {
        return Response.status(Response.Status.CREATED).entity(order(input, security, headers)).build();
    }

    CaseView order(CaseInput input, SecurityContext security, HttpHeaders headers) {
        return cases.open(input, DataScope.of(security), Caller.user(security), Caller.language(headers));
    }

    /** Cases in scope, latest order first; {@code from}/{@code to} bound the day the order was issued. */
    @GET
    public Page<EnforcementCase> list(@QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("department") String department, @QueryParam("village") String village,
            @QueryParam("state") String state, @QueryParam("violationKind") String violationKind,
            @QueryParam("aggravated") String aggravated, @QueryParam("open") String open,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security, @Context HttpHeaders headers) {
        QueryParams params = new QueryParams(Caller.language(headers));
        QueryParams.Paging paging = params.paging(page, size);
        CaseQuery query = new CaseQuery(params.optionalId("enterpriseId", enterpriseId),
                params.code("department", department), params.code("village", village),
                params.constant("state", state, CaseState.class), params.code("violationKind", violationKind),
                params.bool("aggravated", aggravated), params.bool("open", open), params.date("from", from),
                params.date("to", to), paging.page(), paging.size());
        params.period(query.from(), query.to());
        return cases.list(query, DataScope.of(security));
    }

    /** The case, with the daily penalty accrued as of today and its timeline. */
    @GET
    @Path("{id}")
    public CaseView get(@PathParam("id") String id, @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        return cases.view(caseId(id, language), DataScope.of(security), language);
    }

    /** Step 2: the re-inspection. */
    @POST
    @Path("{id}/reinspection")
    public CaseView reinspection(@PathParam("id") String id, ReinspectionInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        DataScope scope = DataScope.of(security);
        EnforcementCase c = steps.reinspect(caseId(id, language), input, scope, Caller.user(security), language);
        return cases.view(c.id(), scope, language);
    }

    /** Step 3: the penalty decision. */
    @POST
    @Path("{id}/penalty")
    public CaseView penalty(@PathParam("id") String id, PenaltyInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        DataScope scope = DataScope.of(security);
        EnforcementCase c = steps.penalise(caseId(id, language), input, scope, Caller.user(security), language);
        return cases.view(c.id(), scope, language);
    }

    /** The refusal to rectify after the penalty: starts the daily continuing penalty. */
    @POST
    @Path("{id}/refusal")
    public CaseView refusal(@PathParam("id") String id, RefusalInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        DataScope scope = DataScope.of(security);
        EnforcementCase c = steps.refuse(caseId(id, language), input, scope, Caller.user(security), language);
        return cases.view(c.id(), scope, language);
    }

    /** Rectified after a penalty: stops the daily penalty and closes the case. */
    @POST
    @Path("{id}/rectified")
    public CaseView rectified(@PathParam("id") String id, RectifiedInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        DataScope scope = DataScope.of(security);
        EnforcementCase c = steps.rectified(caseId(id, language), input, scope, Caller.user(security), language);
        return cases.view(c.id(), scope, language);
    }

    private static long caseId(String id, String language) {
        return new QueryParams(language).pathId(id, Failures::caseNotFound);
    }
}
