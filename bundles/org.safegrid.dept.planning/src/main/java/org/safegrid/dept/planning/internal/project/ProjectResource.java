package org.safegrid.dept.planning.internal.project;

import java.util.Optional;

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
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.planning.internal.PlanningDepartment;
import org.safegrid.dept.planning.internal.common.Caller;
import org.safegrid.dept.planning.internal.common.PageDto;
import org.safegrid.dept.planning.internal.common.QueryParams;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;

/**
 * Construction projects: {@code /api/dept/planning/projects}. The builder of a project must be an enterprise the
 * caller may change (the registry's data scope decides).
 */
@Component(service = ProjectResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(DepartmentApi.PATH_PREFIX + PlanningDepartment.ID + "/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    static final String WHAT = "project";

    private final ProjectService projects;
    private final EnterpriseService enterprises;

    @Activate
    public ProjectResource(@Reference ProjectService projects, @Reference EnterpriseService enterprises) {
        this.projects = projects;
        this.enterprises = enterprises;
    }

    @GET
    public PageDto<ProjectDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("phase") String phase, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("text") String text) {
        return projects.list(QueryParams.page(page, size), QueryParams.choice("phase", phase, ProjectPhase.class),
                QueryParams.optionalId("enterpriseId", enterpriseId), QueryParams.text("text", text));
    }

    @GET
    @Path("{id}")
    public ProjectDto get(@PathParam("id") String id) {
        long key = QueryParams.id(WHAT, id);
        return projects.find(key).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
    }

    @POST
    public Response create(ProjectInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String user = Caller.user(security);
        DataScope scope = DataScope.of(security);
        ProjectData data = ProjectValidator.validate(input, Caller.language(headers), id -> builder(id, scope), false);
        ProjectDto created = projects.create(data, user);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public ProjectDto update(@PathParam("id") String id, ProjectInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        long key = QueryParams.id(WHAT, id);
        String user = Caller.user(security);
        DataScope scope = DataScope.of(security);
        if (projects.find(key).isEmpty()) {
            throw SafeGridException.notFound(WHAT, key);
        }
        ProjectData data = ProjectValidator.validate(input, Caller.language(headers), e -> builder(e, scope), true);
        return projects.update(key, data, user).orElseThrow(() -> SafeGridException.notFound(WHAT, key));
    }

    /** The enterprise's name when the caller may change it. */
    private Optional<String> builder(long enterpriseId, DataScope scope) {
        return enterprises.get(enterpriseId, scope).filter(e -> enterprises.mayEdit(e, scope)).map(Enterprise::name);
    }
}
