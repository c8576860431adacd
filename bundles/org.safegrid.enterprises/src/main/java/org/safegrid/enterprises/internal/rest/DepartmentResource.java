package org.safegrid.enterprises.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.enterprises.internal.model.KnownDepartment;
import org.safegrid.enterprises.internal.service.DepartmentCatalog;

/** The departments an enterprise may name: {@code GET /api/enterprises/departments}. */
@Component(service = DepartmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("enterprises/departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentCatalog departments;

    @Activate
    public DepartmentResource(@Reference DepartmentCatalog departments) {
        this.departments = departments;
    }

    /** {@code [{id, name, nameEn, installed}]}: the town's six first, then other installed ones. */
    @GET
    public List<KnownDepartment> list() {
        return departments.all();
    }
}
