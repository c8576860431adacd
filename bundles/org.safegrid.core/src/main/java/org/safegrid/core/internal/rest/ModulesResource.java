package org.safegrid.core.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.module.Permissions;
import org.safegrid.core.internal.modules.ActiveModule;
import org.safegrid.core.internal.modules.ModuleRegistry;

/** {@code GET /api/modules}: the active department modules, with only the menu entries the user may open. */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=" + ApiApplication.NAME + ")")
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    private final ModuleRegistry registry;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    public List<Views.Module> modules(@Context SecurityContext user) {
        return registry.modules().stream().map(m -> view(m, user)).filter(m -> !m.menu().isEmpty()).toList();
    }

    static Views.Module view(ActiveModule module, SecurityContext user) {
        List<Views.Menu> menu = module.descriptor().menu().stream()
                .filter(e -> Permissions.granted(user::isUserInRole, e.permission()))
                .map(e -> new Views.Menu(e.route(), Views.Text.of(e.label()), e.permission(), e.order())).toList();
        return new Views.Module(module.id(), Views.Text.of(module.descriptor().name()), module.descriptor().order(),
                module.version(), module.uiModulePath(), module.apiBase(), menu);
    }
}
