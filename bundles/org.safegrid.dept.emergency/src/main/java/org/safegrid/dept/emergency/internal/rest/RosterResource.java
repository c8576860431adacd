package org.safegrid.dept.emergency.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.dept.emergency.internal.dto.OnDutyDto;
import org.safegrid.dept.emergency.internal.service.ShiftService;

/** Who is on duty now: {@code /api/dept/emergency/roster/current}. */
@Component(service = RosterResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(EmergencyApi.BASE + "roster")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    private final ShiftService shifts;

    @Activate
    public RosterResource(@Reference ShiftService shifts) {
        this.shifts = shifts;
    }

    @GET
    @Path("current")
    public OnDutyDto current() {
        return shifts.current();
    }
}
