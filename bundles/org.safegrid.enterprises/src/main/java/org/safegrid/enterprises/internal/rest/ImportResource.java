package org.safegrid.enterprises.internal.rest;

import java.io.InputStream;

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
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.internal.imports.ImportIntake;
import org.safegrid.enterprises.internal.imports.ImportJobs;
import org.safegrid.enterprises.internal.imports.JobView;
import org.safegrid.enterprises.internal.validation.Failures;
import org.safegrid.sheets.api.SpreadsheetService;

/**
 * Spreadsheet imports: {@code POST /api/enterprises/imports?mode&dryRun&filename} with the file itself as the body
 * (any content type). What can be told at once is answered at once (see {@link ImportIntake}); otherwise 202 with the
 * job, to poll at {@code GET /api/enterprises/imports/{id}}.
 */
@Component(service = ImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("enterprises/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportJobs jobs;
    private final ImportIntake intake;

    @Activate
    public ImportResource(@Reference ImportJobs jobs, @Reference SpreadsheetService sheets) {
        this.jobs = jobs;
        this.intake = new ImportIntake(jobs, sheets);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start(InputStream body, @QueryParam("mode") String mode, @QueryParam("dryRun") String dryRun,
            @QueryParam("filename") String filename, @Context SecurityContext security,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        DataScope scope = DataScope.of(security);
        JobView job = intake.start(body, mode, dryRun, filename, scope, Caller.user(security),
                Caller.english(headers));
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id()).build()).build();
    }

    /** The job; only its starter sees it, anyone else gets 404. */
    @GET
    @Path("{id}")
    public JobView get(@PathParam("id") String id, @Context SecurityContext security, @Context HttpHeaders headers) {
        String user = Caller.user(security);
        return jobs.get(id, user)
                .orElseThrow(() -> Failures.notFound(Caller.english(headers), Failures.IMPORT, Failures.cut(id)));
    }
}
