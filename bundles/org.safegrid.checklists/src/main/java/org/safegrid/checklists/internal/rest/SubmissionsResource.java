package org.safegrid.checklists.internal.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.safegrid.checklists.api.Submission;
import org.safegrid.checklists.internal.dto.SubmissionInput;
import org.safegrid.checklists.internal.dto.SubmissionSummary;
import org.safegrid.checklists.internal.dto.SubmissionView;
import org.safegrid.checklists.internal.model.SubmissionHead;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.submissions.PhotoStore;
import org.safegrid.checklists.internal.submissions.Photos;
import org.safegrid.checklists.internal.submissions.SubmissionRecorder;
import org.safegrid.checklists.internal.submissions.SubmissionStore;
import org.safegrid.checklists.internal.templates.TemplateStore;
import org.safegrid.checklists.internal.validation.Failures;
import org.safegrid.checklists.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Page;

/**
 * Self-inspections: {@code /api/checklists/submissions}. Recording one needs the hazards module (a failed item
 * reports a hazard), so this resource is there only while {@code HazardService} is.
 */
@Component(service = SubmissionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path(Api.BASE + "/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionsResource {

    private final SubmissionRecorder recorder;
    private final SubmissionStore store;
    private final TemplateStore templates;
    private final PhotoStore photos;
    private final Photos access;
    private final EnterpriseService enterprises;

    @Activate
    public SubmissionsResource(@Reference SubmissionRecorder recorder, @Reference SubmissionStore store,
            @Reference TemplateStore templates, @Reference PhotoStore photos, @Reference Photos access,
            @Reference EnterpriseService enterprises) {
        this.recorder = recorder;
        this.store = store;
        this.templates = templates;
        this.photos = photos;
        this.access = access;
        this.enterprises = enterprises;
    }

    /** Records a self-inspection: 201 with it, failed items carrying their hazards' ids. */
    @POST
    public Response submit(SubmissionInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String language = Caller.language(headers);
        Submission stored = recorder.submit(input, DataScope.of(security), Caller.user(security), language);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build())
                .entity(view(stored, input.enterpriseId(), DataScope.of(security))).build();
    }

    /**
     * A page of an enterprise's self-inspections, latest period first: {@code enterpriseId} required,
     * {@code templateCode}, {@code from} and {@code to} (periods overlapping the days) optional.
     */
    @GET
    public Page<SubmissionSummary> list(@QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("templateCode") String templateCode, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long id = QueryParams.requiredId("enterpriseId", enterpriseId, language);
        QueryParams.Paging paging = QueryParams.paging(page, size, language);
        String code = QueryParams.code("templateCode", templateCode, language);
        LocalDate start = QueryParams.date("from", from, language);
        LocalDate end = QueryParams.date("to", to, language);
        if (start != null && end != null && start.isAfter(end)) {
            throw Failures.badParameter("from", "≤ to", language);
        }
        enterprises.get(id, DataScope.of(security)).orElseThrow(() -> Failures.enterpriseNotFound(id, language));
        Page<SubmissionHead> found = store.list(id, code, start, end, paging.page(), paging.size());
        Set<String> codes = found.items().stream().map(SubmissionHead::templateCode).collect(Collectors.toSet());
        Map<String, TemplateHead> versions = templates.versionsOf(codes);
        return new Page<>(found.items().stream().map(s -> Views.summary(s, versions)).toList(), found.page(),
                found.size(), found.total());
    }

    /** One self-inspection with its answers (and their items as filled) and its photos. */
    @GET
    @Path("{id}")
    public SubmissionView get(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long number = QueryParams.pathId(id, quoted -> Failures.submissionNotFound(quoted, language));
        DataScope scope = DataScope.of(security);
        Submission submission = access.visible(number, scope, language);
        return view(submission, submission.enterpriseId(), scope);
    }

    private SubmissionView view(Submission submission, long enterpriseId, DataScope scope) {
        String name = enterprises.get(enterpriseId, scope).map(Enterprise::name).orElse(null);
        return Views.submission(submission, name,
                templates.version(submission.templateCode(), submission.templateVersion()).orElse(null),
                photos.list(submission.id()));
    }
}
