package org.safegrid.enforcement.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.InspectionFrequency;
import org.safegrid.enforcement.api.RepeatOffender;
import org.safegrid.enforcement.api.ZeroCheck;
import org.safegrid.enforcement.internal.service.Oversight;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.enforcement.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Page;

/**
 * Inspection frequency, repeat offenders and the zero-enforcement check: {@code /api/enforcement/frequency},
 * {@code /api/enforcement/repeat-offenders}, {@code /api/enforcement/zero-check}. (The cases have their own resource
 * at {@code /api/enforcement/cases}, the longer and so preferred root path.)
 */
@Component(service = OversightResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("enforcement")
@Produces(MediaType.APPLICATION_JSON)
public class OversightResource {

    private final Oversight oversight;

    @Activate
    public OversightResource(@Reference Oversight oversight) {
        this.oversight = oversight;
    }

    /** The inspections per month the enterprise requires now. */
    @GET
    @Path("frequency/{enterpriseId}")
    public InspectionFrequency frequency(@PathParam("enterpriseId") String enterpriseId,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long id = new QueryParams(language).pathId(enterpriseId, Failures::enterpriseNotFound);
        return oversight.frequency(id, DataScope.of(security))
                .orElseThrow(() -> Failures.enterpriseNotFound(id, language));
    }

    /** Repeat offences in scope, latest first; {@code active=true} keeps those in force today. */
    @GET
    @Path("repeat-offenders")
    public Page<RepeatOffender> repeatOffenders(@QueryParam("active") String active, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security, @Context HttpHeaders headers) {
        QueryParams params = new QueryParams(Caller.language(headers));
        QueryParams.Paging paging = params.paging(page, size);
        return oversight.repeatOffenders(Boolean.TRUE.equals(params.bool("active", active)), DataScope.of(security),
                paging.page(), paging.size());
    }

    /**
     * The zero-enforcement check of {@code from}..{@code to} (default: the current month to today): all lines for
     * administrators and the committee office, a department's or village's own lines for its users.
     */
    @GET
    @Path("zero-check")
    public ZeroCheck zeroCheck(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        QueryParams params = new QueryParams(language);
        return oversight.zeroCheck(params.date("from", from), params.date("to", to), DataScope.of(security),
                language);
    }
}
