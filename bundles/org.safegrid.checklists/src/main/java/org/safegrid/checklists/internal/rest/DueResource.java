package org.safegrid.checklists.internal.rest;

import java.time.LocalDate;

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
import org.safegrid.checklists.internal.dto.DueListView;
import org.safegrid.checklists.internal.service.Checklists;
import org.safegrid.checklists.internal.service.DueLists;
import org.safegrid.checklists.internal.validation.Failures;
import org.safegrid.checklists.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/** An enterprise's due self-inspections: {@code GET /api/checklists/due?enterpriseId&date}. */
@Component(service = DueResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path(Api.BASE + "/due")
@Produces(MediaType.APPLICATION_JSON)
public class DueResource {

    private final DueLists due;
    private final Checklists checklists;
    private final EnterpriseService enterprises;

    @Activate
    public DueResource(@Reference DueLists due, @Reference Checklists checklists,
            @Reference EnterpriseService enterprises) {
        this.due = due;
        this.checklists = checklists;
        this.enterprises = enterprises;
    }

    /**
     * The due list on {@code date} (default today; not in the future): 400 {@code bad_enterpriseId} /
     * {@code bad_date}, 404 for an enterprise out of scope.
     */
    @GET
    public DueListView due(@QueryParam("enterpriseId") String enterpriseId, @QueryParam("date") String date,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long id = QueryParams.requiredId("enterpriseId", enterpriseId, language);
        LocalDate today = checklists.today();
        LocalDate day = QueryParams.date("date", date, language);
        if (day != null && day.isAfter(today)) {
            throw Failures.badParameter("date", "≤ " + today, language);
        }
        LocalDate on = day == null ? today : day;
        Enterprise enterprise = enterprises.get(id, DataScope.of(security))
                .orElseThrow(() -> Failures.enterpriseNotFound(id, language));
        return new DueListView(enterprise.id(), enterprise.name(), on,
                enterprise.status() == EnterpriseStatus.OPERATING,
                due.due(enterprise, on).stream().map(Views::due).toList());
    }
}
