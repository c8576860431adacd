package org.safegrid.checklists.internal.rest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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
import org.safegrid.checklists.internal.dto.ComplianceView;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.service.Checklists;
import org.safegrid.checklists.internal.validation.Failures;
import org.safegrid.checklists.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;

/**
 * An enterprise's self-inspection compliance in a span: {@code GET /api/checklists/compliance?enterpriseId&from&to}
 * (default the 30 days up to today).
 */
@Component(service = ComplianceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path(Api.BASE + "/compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    /** The longest span asked about at once. */
    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    private final Checklists checklists;
    private final EnterpriseService enterprises;

    @Activate
    public ComplianceResource(@Reference Checklists checklists, @Reference EnterpriseService enterprises) {
        this.checklists = checklists;
        this.enterprises = enterprises;
    }

    /** 400 {@code bad_enterpriseId}, {@code bad_from}, {@code bad_to}; 404 for an enterprise out of scope. */
    @GET
    public ComplianceView compliance(@QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long id = QueryParams.requiredId("enterpriseId", enterpriseId, language);
        LocalDate end = QueryParams.date("to", to, language);
        LocalDate start = QueryParams.date("from", from, language);
        if (end == null) {
            end = start == null ? checklists.today() : start.plusDays(DEFAULT_DAYS - 1);
        }
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start.isAfter(end)) {
            throw Failures.badParameter("from", "≤ to", language);
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw Failures.badParameter("from", "at most " + MAX_DAYS + " days before to", language);
        }
        Enterprise enterprise = enterprises.get(id, DataScope.of(security))
                .orElseThrow(() -> Failures.enterpriseNotFound(id, language));
        EnterpriseFacts facts = EnterpriseFacts.of(enterprise, checklists.clock().getZone());
        return Views.compliance(checklists.compliance(facts, start, end), enterprise.name());
    }
}
