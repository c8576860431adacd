package org.safegrid.checklists.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.internal.dto.ActiveInput;
import org.safegrid.checklists.internal.dto.TemplateInput;
import org.safegrid.checklists.internal.dto.TemplateSummary;
import org.safegrid.checklists.internal.dto.TemplateView;
import org.safegrid.checklists.internal.model.Author;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.templates.CustomTemplates;
import org.safegrid.checklists.internal.templates.TemplateStore;
import org.safegrid.checklists.internal.validation.Failures;
import org.safegrid.checklists.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Page;

/**
 * Checklist templates: {@code /api/checklists/templates}. Every logged-in user reads them; administrators, and
 * department users for their own department, write custom ones.
 */
@Component(service = TemplatesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path(Api.BASE + "/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplatesResource {

    private static final Comparator<TemplateHead> ORDER = Comparator.comparing(TemplateHead::department)
            .thenComparing(TemplateHead::code);

    private final TemplateStore store;
    private final CustomTemplates custom;

    @Activate
    public TemplatesResource(@Reference TemplateStore store, @Reference CustomTemplates custom) {
        this.store = store;
        this.custom = custom;
    }

    /** The latest version of each template, by department and code; filters are optional. */
    @GET
    public Page<TemplateSummary> list(@QueryParam("department") String department,
            @QueryParam("cadence") String cadence, @QueryParam("active") String active,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        QueryParams.Paging paging = QueryParams.paging(page, size, language);
        String dept = QueryParams.code("department", department, language);
        Cadence cad = QueryParams.constant("cadence", cadence, Cadence.class, language);
        Boolean act = QueryParams.bool("active", active, language);
        Author author = Caller.author(security);
        List<TemplateHead> matching = store.heads().stream()
                .filter(t -> dept == null || dept.equals(t.department()))
                .filter(t -> cad == null || cad == t.cadence())
                .filter(t -> act == null || act == t.active())
                .sorted(ORDER)
                .toList();
        long from = (long) paging.page() * paging.size();
        List<TemplateHead> slice = from >= matching.size()
                ? List.of()
                : matching.subList((int) from, (int) Math.min(matching.size(), from + paging.size()));
        Map<Long, Integer> counts = store.itemCounts(slice.stream().map(TemplateHead::id).toList());
        return new Page<>(slice.stream().map(t -> Views.summary(t, counts.getOrDefault(t.id(), 0), author)).toList(),
                paging.page(), paging.size(), matching.size());
    }

    /** The latest version, with its items. */
    @GET
    @Path("{code}")
    public TemplateView latest(@PathParam("code") String code, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Template template = store.latest(code)
                .orElseThrow(() -> Failures.templateNotFound(Failures.quote(code), Caller.language(headers)));
        return Views.template(template, Caller.author(security));
    }

    /** One version, with its items: what a submission was filled against. */
    @GET
    @Path("{code}/versions/{version}")
    public TemplateView version(@PathParam("code") String code, @PathParam("version") String version,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        int number;
        try {
            number = Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw Failures.templateNotFound(Failures.quote(code) + " v" + Failures.quote(version), language);
        }
        Template template = store.version(code, number)
                .orElseThrow(() -> Failures.templateNotFound(Failures.quote(code) + " v" + number, language));
        return Views.template(template, Caller.author(security));
    }

    /** Writes a custom template: 201 with its first version. */
    @POST
    public Response create(TemplateInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        Author author = Caller.author(security);
        Template template = custom.create(input, author, Caller.language(headers));
        return Response.created(uri.getAbsolutePathBuilder().path(template.code()).build())
                .entity(Views.template(template, author)).build();
    }

    /** Stores the next version of a custom template (or answers the latest when nothing changed). */
    @PUT
    @Path("{code}")
    public TemplateView update(@PathParam("code") String code, TemplateInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        Author author = Caller.author(security);
        return Views.template(custom.update(code, input, author, Caller.language(headers)), author);
    }

    /** Turns a custom template on or off for new periods. */
    @PUT
    @Path("{code}/active")
    public TemplateSummary active(@PathParam("code") String code, ActiveInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        Author author = Caller.author(security);
        TemplateHead head = custom.setActive(code, input == null ? null : input.active(), author,
                Caller.language(headers));
        int items = store.itemCounts(List.of(head.id())).getOrDefault(head.id(), 0);
        return Views.summary(head, items, author);
    }
}
