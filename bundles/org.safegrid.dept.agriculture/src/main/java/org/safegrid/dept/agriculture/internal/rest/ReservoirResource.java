package org.safegrid.dept.agriculture.internal.rest;

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
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.dto.InspectionDto;
import org.safegrid.dept.agriculture.internal.dto.InspectionInput;
import org.safegrid.dept.agriculture.internal.dto.PageDto;
import org.safegrid.dept.agriculture.internal.dto.ReservoirDto;
import org.safegrid.dept.agriculture.internal.dto.ReservoirInput;
import org.safegrid.dept.agriculture.internal.dto.StatusDto;
import org.safegrid.dept.agriculture.internal.model.ReservoirData;
import org.safegrid.dept.agriculture.internal.model.ReservoirFilter;
import org.safegrid.dept.agriculture.internal.model.ReservoirKind;
import org.safegrid.dept.agriculture.internal.service.InspectionService;
import org.safegrid.dept.agriculture.internal.service.ReservoirService;
import org.safegrid.dept.agriculture.internal.validation.Failures;
import org.safegrid.dept.agriculture.internal.validation.InspectionValidator;
import org.safegrid.dept.agriculture.internal.validation.InputReader;
import org.safegrid.dept.agriculture.internal.validation.Message;
import org.safegrid.dept.agriculture.internal.validation.QueryParams;
import org.safegrid.dept.agriculture.internal.validation.ReservoirValidator;

/** Reservoirs and ponds and their flood-season inspections: {@code /api/dept/agriculture/reservoirs}. */
@Component(service = ReservoirResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(AgricultureApi.BASE + "reservoirs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservoirResource {

    static final String WHAT_ZH = "水库";
    static final String WHAT_EN = "reservoir";

    private final ReservoirService reservoirs;
    private final InspectionService inspections;
    private final AgricultureSettings settings;
    private final Registry registry;

    @Activate
    public ReservoirResource(@Reference ReservoirService reservoirs, @Reference InspectionService inspections,
            @Reference AgricultureSettings settings, @Reference Registry registry) {
        this.reservoirs = reservoirs;
        this.inspections = inspections;
        this.settings = settings;
        this.registry = registry;
    }

    @GET
    public PageDto<ReservoirDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("text") String text, @QueryParam("village") String village, @QueryParam("kind") String kind,
            @QueryParam("overdue") String overdue) {
        return reservoirs.list(QueryParams.page(page, size, null, null),
                new ReservoirFilter(QueryParams.text("text", text), QueryParams.text("village", village),
                        QueryParams.choice("kind", kind, ReservoirKind.class), QueryParams.flag("overdue", overdue)));
    }

    /** The flood-season picture today: the dashboard's widget. */
    @GET
    @Path("status")
    public StatusDto status() {
        return reservoirs.status();
    }

    @GET
    @Path("{id}")
    public ReservoirDto get(@PathParam("id") String id, @Context HttpHeaders headers) {
        long key = id(id, headers);
        return reservoirs.find(key).orElseThrow(() -> notFound(headers, key));
    }

    @POST
    public Response create(ReservoirInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String user = Caller.user(security);
        String language = Caller.language(headers);
        ReservoirData data = validate(input, language, security);
        ReservoirDto created = reservoirs.create(data, user, language);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public ReservoirDto update(@PathParam("id") String id, ReservoirInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        long key = id(id, headers);
        String user = Caller.user(security);
        String language = Caller.language(headers);
        ReservoirData data = validate(input, language, security);
        if (input.version() == null) {
            InputReader reader = new InputReader(language);
            reader.fail("version", Message.REQUIRED, null);
            reader.throwIfInvalid();
        }
        return reservoirs.update(key, input.version(), data, user, language)
                .orElseThrow(() -> notFound(headers, key));
    }

    @GET
    @Path("{id}/inspections")
    public PageDto<InspectionDto> inspections(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        long key = id(id, headers);
        var request = QueryParams.page(page, size, from, to);
        if (!reservoirs.exists(key)) {
            throw notFound(headers, key);
        }
        return inspections.list(key, request);
    }

    @POST
    @Path("{id}/inspections")
    public Response inspect(@PathParam("id") String id, InspectionInput input, @Context SecurityContext security,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        long key = id(id, headers);
        String user = Caller.user(security);
        var data = InspectionValidator.validate(input, Caller.language(headers), settings.today());
        InspectionDto created = inspections.add(key, data, user).orElseThrow(() -> notFound(headers, key));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    private ReservoirData validate(ReservoirInput input, String language, SecurityContext security) {
        return ReservoirValidator.validate(input, language, registry::villageExists,
                enterpriseId -> registry.enterpriseVisible(enterpriseId, security));
    }

    private static long id(String value, HttpHeaders headers) {
        try {
            return QueryParams.id(WHAT_EN, value);
        } catch (RuntimeException e) {
            throw notFound(headers, value);
        }
    }

    private static RuntimeException notFound(HttpHeaders headers, Object id) {
        return Failures.notFound(Caller.language(headers), WHAT_ZH, WHAT_EN, id);
    }
}
