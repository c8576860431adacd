package org.safegrid.plates.internal.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.Page;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.dto.AppraisalInput;
import org.safegrid.plates.internal.model.Appraisal;
import org.safegrid.plates.internal.model.AppraisalData;
import org.safegrid.plates.internal.service.AppraisalStore;
import org.safegrid.plates.internal.service.PlateStore;
import org.safegrid.plates.internal.service.Plates;
import org.safegrid.plates.internal.validation.AppraisalValidator;
import org.safegrid.plates.internal.validation.Failures;
import org.safegrid.plates.internal.validation.QueryParams;

/** Appraisals (考核) of the people on a plate: {@code /api/plates/{enterpriseId}/appraisals}. */
@Component(service = AppraisalsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("plates/{enterpriseId}/appraisals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppraisalsResource {

    private final Plates plates;
    private final PlateStore store;
    private final AppraisalStore appraisals;
    private final Clock clock;

    @Activate
    public AppraisalsResource(@Reference Plates plates, @Reference PlateStore store,
            @Reference AppraisalStore appraisals) {
        this(plates, store, appraisals, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone, {@code SAFEGRID_TIMEZONE}) */
    AppraisalsResource(Plates plates, PlateStore store, AppraisalStore appraisals, Clock clock) {
        this.plates = plates;
        this.store = store;
        this.appraisals = appraisals;
        this.clock = clock;
    }

    /** The enterprise's appraisals, latest period first; {@code personId} narrows them to one person. */
    @GET
    public Page<Appraisal> list(@PathParam("enterpriseId") String enterpriseId,
            @QueryParam("personId") String personId, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long id = QueryParams.enterpriseId(enterpriseId, language);
        var paging = QueryParams.paging(page, size, language);
        Long person = QueryParams.optionalId("personId", personId, language);
        plates.enterprise(id, DataScope.of(security), language);
        return appraisals.list(id, person, paging.page(), paging.size());
    }

    /** Records an appraisal: 201 with the appraisal. */
    @POST
    public Response create(@PathParam("enterpriseId") String enterpriseId, AppraisalInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        return Response.status(Response.Status.CREATED).entity(record(enterpriseId, input, security, headers)).build();
    }

    /**
     * 404 outside the scope, 403 without the right to change the plate, 422 on bad input (a person not on this plate,
     * a bad period, score, result or follow-up), 409 {@code duplicate_appraisal} for a second one in a period.
     */
    Appraisal record(String enterpriseId, AppraisalInput input, SecurityContext security, HttpHeaders headers) {
        String language = Caller.language(headers);
        String user = Caller.user(security);
        DataScope scope = DataScope.of(security);
        long id = QueryParams.enterpriseId(enterpriseId, language);
        Enterprise enterprise = plates.enterprise(id, scope, language);
        if (!plates.mayEdit(enterprise, scope)) {
            throw Failures.mayNotEdit(language);
        }
        AtomicReference<PlatePerson> person = new AtomicReference<>();
        AppraisalData data = AppraisalValidator.validate(input, LocalDate.now(clock), personId -> {
            person.set(store.person(id, personId).orElse(null));
            return person.get() != null;
        }, language);
        return appraisals.create(id, person.get(), data, user)
                .orElseThrow(() -> Failures.duplicateAppraisal(person.get().name(), data.period(), language));
    }
}
