package org.safegrid.dept.economic.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.economic.internal.EconomicSettings;
import org.safegrid.dept.economic.internal.dto.PageDto;
import org.safegrid.dept.economic.internal.dto.TeamDto;
import org.safegrid.dept.economic.internal.dto.TeamInput;
import org.safegrid.dept.economic.internal.model.PageRequest;
import org.safegrid.dept.economic.internal.model.Team;
import org.safegrid.dept.economic.internal.model.TeamData;
import org.safegrid.dept.economic.internal.service.TeamService;
import org.safegrid.dept.economic.internal.validation.QueryParams;
import org.safegrid.dept.economic.internal.validation.TeamValidator;
import org.safegrid.enterprises.api.EnterpriseService;

/**
 * The chief-engineer teams: {@code /api/dept/economic/teams}. A caller sees and changes only the teams of the
 * enterprises in its scope; one outside it is not found.
 */
@Component(service = TeamResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(EconomicApi.BASE + "teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    static final String WHAT = "team";

    private final TeamService teams;
    private final EnterpriseService enterprises;
    private final EconomicSettings settings;

    @Activate
    public TeamResource(@Reference TeamService teams, @Reference EnterpriseService enterprises,
            @Reference EconomicSettings settings) {
        this.teams = teams;
        this.enterprises = enterprises;
        this.settings = settings;
    }

    /** The teams in scope, by enterprise name; {@code enterpriseId} narrows to one enterprise. */
    @GET
    public PageDto<TeamDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("enterpriseId") String enterpriseId, @Context SecurityContext security) {
        PageRequest request = QueryParams.page(page, size);
        Long only = enterpriseId == null || enterpriseId.isBlank() ? null : QueryParams.id("enterprise", enterpriseId);
        Map<Long, EnterpriseProfile> visible = ScopedEnterprises.regulated(enterprises, DataScope.of(security));
        List<TeamDto> all = teams.all()
                .stream()
                .filter(t -> visible.containsKey(t.enterpriseId()))
                .filter(t -> only == null || only == t.enterpriseId())
                .map(t -> TeamViews.toDto(t, visible.get(t.enterpriseId())))
                .sorted(Comparator.comparing(TeamDto::enterpriseName).thenComparing(TeamDto::id))
                .toList();
        List<TeamDto> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        return new PageDto<>(items, request.page(), request.size(), all.size());
    }

    @GET
    @Path("{id}")
    public TeamDto get(@PathParam("id") String id, @Context SecurityContext security) {
        DataScope scope = DataScope.of(security);
        long key = QueryParams.id(WHAT, id);
        Team team = teams.find(key).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
        return TeamViews.toDto(team, visible(team, scope, key));
    }

    @POST
    public Response create(TeamInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String user = Caller.user(security);
        DataScope scope = DataScope.of(security);
        TeamData data = TeamValidator.validate(input, Caller.language(headers), settings.today(),
                id -> ScopedEnterprises.editable(enterprises, scope, id));
        Team created = teams.create(data, user);
        TeamDto dto = TeamViews.toDto(created, enterprises.get(created.enterpriseId(), scope).map(enterprises::profile)
                .orElse(null));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(dto)
                .build();
    }

    @PUT
    @Path("{id}")
    public TeamDto update(@PathParam("id") String id, TeamInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String user = Caller.user(security);
        DataScope scope = DataScope.of(security);
        long key = QueryParams.id(WHAT, id);
        Team current = teams.find(key).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
        editable(current, scope, key);
        String language = Caller.language(headers);
        TeamData data = TeamValidator.validate(input, language, settings.today(),
                eid -> ScopedEnterprises.editable(enterprises, scope, eid));
        long version = TeamValidator.version(input, language);
        Team updated = teams.update(key, data, version, user).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
        return TeamViews.toDto(updated, enterprises.get(updated.enterpriseId(), scope).map(enterprises::profile)
                .orElse(null));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version,
            @Context SecurityContext security) {
        DataScope scope = DataScope.of(security);
        long key = QueryParams.id(WHAT, id);
        Team current = teams.find(key).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
        editable(current, scope, key);
        if (!teams.delete(key, QueryParams.version(version))) {
            throw SafeGridException.notFound(WHAT, key);
        }
        return Response.noContent().build();
    }

    private EnterpriseProfile visible(Team team, DataScope scope, long key) {
        return ScopedEnterprises.regulated(enterprises, scope).entrySet().stream()
                .filter(e -> e.getKey() == team.enterpriseId())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> SafeGridException.notFound(WHAT, key));
    }

    private void editable(Team team, DataScope scope, long key) {
        visible(team, scope, key);
        if (ScopedEnterprises.editable(enterprises, scope, team.enterpriseId()).isEmpty()) {
            throw SafeGridException.forbidden("you may not change the team of enterprise " + team.enterpriseId());
        }
    }
}
