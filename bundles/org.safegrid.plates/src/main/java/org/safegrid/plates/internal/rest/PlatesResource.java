package org.safegrid.plates.internal.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.Page;
import org.safegrid.plates.internal.dto.PlateInput;
import org.safegrid.plates.internal.dto.PlateView;
import org.safegrid.plates.internal.model.Duty;
import org.safegrid.plates.internal.model.HistoryEntry;
import org.safegrid.plates.internal.service.DutyStore;
import org.safegrid.plates.internal.service.PlateOfEnterprise;
import org.safegrid.plates.internal.service.PlateStore;
import org.safegrid.plates.internal.service.Plates;
import org.safegrid.plates.internal.validation.QueryParams;

/**
 * The plates: {@code /api/plates/incomplete}, {@code /api/plates/{enterpriseId}} and its history. The literal
 * {@code incomplete} wins over {@code {enterpriseId}} (more literal characters); the roles and the appraisals have
 * resources of their own ({@code plates/roles}, {@code plates/{enterpriseId}/appraisals}).
 */
@Component(service = PlatesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("plates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatesResource {

    private final Plates plates;
    private final PlateStore store;
    private final DutyStore duties;

    @Activate
    public PlatesResource(@Reference Plates plates, @Reference PlateStore store, @Reference DutyStore duties) {
        this.plates = plates;
        this.store = store;
        this.duties = duties;
    }

    @GET
    @Path("incomplete")
    public Page<PlateView> incomplete(@QueryParam("text") String text, @QueryParam("village") String village,
            @QueryParam("department") String department, @QueryParam("sector") String sector,
            @QueryParam("risk") String risk, @QueryParam("status") String status,
            @QueryParam("flag") List<String> flags, @QueryParam("small") String small,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        DataScope scope = DataScope.of(security);
        var query = QueryParams.enterprises(
                new QueryParams.Filters(text, village, department, sector, risk, status, flags, small, sort),
                QueryParams.paging(page, size, language), language);
        Page<PlateOfEnterprise> found = plates.incompleteWithProfiles(query, scope);
        Map<String, Duty> known = duties.all();
        List<PlateView> items = found.items()
                .stream()
                .map(p -> Views.plate(p.plate(), known,
                        scope.edits(p.profile().department(), p.profile().secondDepartment())))
                .toList();
        return new Page<>(items, found.page(), found.size(), found.total());
    }

    @GET
    @Path("{enterpriseId}")
    public PlateView get(@PathParam("enterpriseId") String enterpriseId, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        DataScope scope = DataScope.of(security);
        Enterprise enterprise = plates.enterprise(QueryParams.enterpriseId(enterpriseId, language), scope, language);
        return Views.plate(plates.plateOf(enterprise), duties.all(), plates.mayEdit(enterprise, scope));
    }

    @PUT
    @Path("{enterpriseId}")
    public PlateView replace(@PathParam("enterpriseId") String enterpriseId, PlateInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        String user = Caller.user(security);
        DataScope scope = DataScope.of(security);
        long id = QueryParams.enterpriseId(enterpriseId, language);
        return Views.plate(plates.replace(id, input, scope, user, language), duties.all(), true);
    }

    @GET
    @Path("{enterpriseId}/history")
    public Page<HistoryEntry> history(@PathParam("enterpriseId") String enterpriseId, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long id = QueryParams.enterpriseId(enterpriseId, language);
        var paging = QueryParams.paging(page, size, language);
        plates.enterprise(id, DataScope.of(security), language);
        return store.history(id, paging.page(), paging.size());
    }
}
