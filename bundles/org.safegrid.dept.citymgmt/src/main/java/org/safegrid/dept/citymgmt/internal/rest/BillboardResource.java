package org.safegrid.dept.citymgmt.internal.rest;

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
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.dto.BillboardDto;
import org.safegrid.dept.citymgmt.internal.dto.BillboardInput;
import org.safegrid.dept.citymgmt.internal.dto.PageDto;
import org.safegrid.dept.citymgmt.internal.dto.StatusDto;
import org.safegrid.dept.citymgmt.internal.model.BillboardData;
import org.safegrid.dept.citymgmt.internal.model.BillboardFilter;
import org.safegrid.dept.citymgmt.internal.model.BillboardKind;
import org.safegrid.dept.citymgmt.internal.model.PageRequest;
import org.safegrid.dept.citymgmt.internal.service.BillboardService;
import org.safegrid.dept.citymgmt.internal.service.GasFailureStore;
import org.safegrid.dept.citymgmt.internal.validation.BillboardValidator;
import org.safegrid.dept.citymgmt.internal.validation.Failures;
import org.safegrid.dept.citymgmt.internal.validation.InputReader;
import org.safegrid.dept.citymgmt.internal.validation.Message;
import org.safegrid.dept.citymgmt.internal.validation.QueryParams;

/** Outdoor billboards: {@code /api/dept/citymgmt/billboards}, and the dashboard's {@code status}. */
@Component(service = BillboardResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(CityApi.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillboardResource {

    static final String WHAT_ZH = "户外广告";
    static final String WHAT_EN = "billboard";

    private final BillboardService billboards;
    private final GasFailureStore gas;
    private final CitySettings settings;
    private final Registry registry;

    @Activate
    public BillboardResource(@Reference BillboardService billboards, @Reference GasFailureStore gas,
            @Reference CitySettings settings, @Reference Registry registry) {
        this.billboards = billboards;
        this.gas = gas;
        this.settings = settings;
        this.registry = registry;
    }

    @GET
    @Path("billboards")
    public PageDto<BillboardDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("text") String text, @QueryParam("village") String village, @QueryParam("kind") String kind,
            @QueryParam("overdue") String overdue) {
        return billboards.list(QueryParams.page(page, size, null, null),
                new BillboardFilter(QueryParams.text("text", text), QueryParams.text("village", village),
                        QueryParams.choice("kind", kind, BillboardKind.class), QueryParams.flag("overdue", overdue)));
    }

    /** The dashboard widget: billboards overdue for their check and restaurants with failed gas alarms. */
    @GET
    @Path("status")
    public StatusDto status() {
        long overdue = billboards.list(new PageRequest(0, 1, null, null),
                new BillboardFilter(null, null, null, true)).total();
        return new StatusDto(settings.today().toString(), billboards.count(), overdue,
                settings.structuralCheckIntervalDays(), settings.gasAlarmWindowDays(), settings.gasAlarmThreshold(),
                gas.recent());
    }

    @GET
    @Path("billboards/{id}")
    public BillboardDto get(@PathParam("id") String id, @Context HttpHeaders headers) {
        long key = id(id, headers);
        return billboards.find(key).orElseThrow(() -> notFound(headers, key));
    }

    @POST
    @Path("billboards")
    public Response create(BillboardInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String user = Caller.user(security);
        String language = Caller.language(headers);
        BillboardData data = validate(input, language, security);
        BillboardDto created = billboards.create(data, user, language);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("billboards/{id}")
    public BillboardDto update(@PathParam("id") String id, BillboardInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        long key = id(id, headers);
        String user = Caller.user(security);
        String language = Caller.language(headers);
        BillboardData data = validate(input, language, security);
        if (input.version() == null) {
            InputReader reader = new InputReader(language);
            reader.fail("version", Message.REQUIRED, null);
            reader.throwIfInvalid();
        }
        return billboards.update(key, input.version(), data, user, language)
                .orElseThrow(() -> notFound(headers, key));
    }

    private BillboardData validate(BillboardInput input, String language, SecurityContext security) {
        return BillboardValidator.validate(input, language, settings.today(), registry::villageExists,
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
