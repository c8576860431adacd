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
import org.safegrid.enforcement.api.Inspection;
import org.safegrid.enforcement.api.InspectionKind;
import org.safegrid.enforcement.api.InspectionQuery;
import org.safegrid.enforcement.internal.dto.HazardInput;
import org.safegrid.enforcement.internal.dto.InspectionInput;
import org.safegrid.enforcement.internal.dto.InspectionView;
import org.safegrid.enforcement.internal.service.Inspections;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.enforcement.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Page;
import org.safegrid.hazards.api.Hazard;

/** Inspections: {@code /api/inspections}. */
@Component(service = InspectionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionsResource {

    private final Inspections inspections;

    @Activate
    public InspectionsResource(@Reference Inspections inspections) {
        this.inspections = inspections;
    }

    /** Records an inspection: 201 with it and the enterprise's self-inspection compliance. */
    @POST
    public Response create(InspectionInput input, @Context SecurityContext security, @Context HttpHeaders headers) {
        return Response.status(Response.Status.CREATED).entity(record(input, security, headers)).build();
    }

    InspectionView record(InspectionInput input, SecurityContext security, HttpHeaders headers) {
        return inspections.record(input, DataScope.of(security), Caller.user(security), Caller.language(headers));
    }

    /** Inspections in scope, latest first. */
    @GET
    public Page<Inspection> list(@QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("department") String department, @QueryParam("village") String village,
            @QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams(Caller.language(headers));
        QueryParams.Paging paging = params.paging(page, size);
        InspectionQuery query = new InspectionQuery(params.optionalId("enterpriseId", enterpriseId),
                params.code("department", department), params.code("village", village),
                params.constant("kind", kind, InspectionKind.class), params.date("from", from), params.date("to", to),
                paging.page(), paging.size());
        params.period(query.from(), query.to());
        return inspections.list(query, DataScope.of(security));
    }

    /** The inspection with its compliance, its cases and the hazards reported from it. */
    @GET
    @Path("{id}")
    public InspectionView get(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long inspectionId = new QueryParams(language).pathId(id, Failures::inspectionNotFound);
        return inspections.view(inspectionId, DataScope.of(security), language);
    }

    /** Reports a finding as a hazard through the hazards module: 201 with the hazard. */
    @POST
    @Path("{id}/hazards")
    public Response reportHazard(@PathParam("id") String id, HazardInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        return Response.status(Response.Status.CREATED).entity(hazard(id, input, security, headers)).build();
    }

    Hazard hazard(String id, HazardInput input, SecurityContext security, HttpHeaders headers) {
        String language = Caller.language(headers);
        long inspectionId = new QueryParams(language).pathId(id, Failures::inspectionNotFound);
        return inspections.reportHazard(inspectionId, input, DataScope.of(security), Caller.user(security),
                language);
    }
}
