package org.safegrid.checklists.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
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
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.internal.model.OverdueRow;
import org.safegrid.checklists.internal.service.DueLists;
import org.safegrid.checklists.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Page;

/**
 * The operating enterprises in scope with their overdue self-inspections of the last seven days:
 * {@code GET /api/checklists/overdue?village&department&page&size}.
 */
@Component(service = OverdueResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path(Api.BASE + "/overdue")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {

    private final DueLists due;

    @Activate
    public OverdueResource(@Reference DueLists due) {
        this.due = due;
    }

    @GET
    public Page<OverdueRow> overdue(@QueryParam("village") String village,
            @QueryParam("department") String department, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        QueryParams.Paging paging = QueryParams.paging(page, size, language);
        return due.overdue(QueryParams.code("village", village, language),
                QueryParams.code("department", department, language), paging.page(), paging.size(),
                DataScope.of(security));
    }
}
