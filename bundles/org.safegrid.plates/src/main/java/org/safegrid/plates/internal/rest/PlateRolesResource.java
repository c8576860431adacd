package org.safegrid.plates.internal.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.safegrid.plates.internal.dto.DutyInput;
import org.safegrid.plates.internal.dto.RoleDutyView;
import org.safegrid.plates.internal.model.Duty;
import org.safegrid.plates.internal.roles.RequiredRole;
import org.safegrid.plates.internal.service.DutyStore;
import org.safegrid.plates.internal.service.Plates;
import org.safegrid.plates.internal.validation.DutyValidator;
import org.safegrid.plates.internal.validation.Failures;

/** The plate roles and their duty standards (履职标准): {@code /api/plates/roles}. */
@Component(service = PlateRolesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("plates/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlateRolesResource {

    private final Plates plates;
    private final DutyStore duties;

    @Activate
    public PlateRolesResource(@Reference Plates plates, @Reference DutyStore duties) {
        this.plates = plates;
        this.duties = duties;
    }

    /** Every known role: the platform's eight in display order, then the departments' by department and code. */
    @GET
    public List<RoleDutyView> list(@Context SecurityContext security) {
        Map<String, Duty> known = duties.all();
        return plates.knownRoles(DataScope.of(security))
                .stream()
                .map(r -> Views.role(r, known.get(r.code())))
                .toList();
    }

    /** Sets a role's duty standard: administrators and the committee office only. */
    @PUT
    @Path("{code}")
    public RoleDutyView update(@PathParam("code") String code, DutyInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        String user = Caller.user(security);
        if (!Caller.adminOrCommittee(security)) {
            throw Failures.mayNotEditDuties(language);
        }
        RequiredRole role = plates.knownRole(code, DataScope.of(security))
                .orElseThrow(() -> Failures.roleNotFound(code, language));
        DutyValidator.Text text = DutyValidator.validate(input, language);
        return Views.role(role, duties.save(role.code(), text.duty(), text.dutyEn(), user));
    }
}
