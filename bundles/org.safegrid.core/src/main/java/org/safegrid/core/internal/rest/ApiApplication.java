package org.safegrid.core.internal.rest;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The platform's REST application at {@code /api}. It serves only once JSON, error mapping and authentication are all
 * present, so it never answers unauthenticated or with HTML errors.
 */
@Component(service = Application.class)
@JaxrsApplicationBase("api")
@JaxrsName(ApiApplication.NAME)
@JaxrsExtensionSelect({Extensions.JSON_FILTER, Extensions.ERRORS_FILTER, Extensions.AUTH_FILTER})
public class ApiApplication extends Application {

    public static final String NAME = "safegrid.api";

    private final HealthResource health;

    /**
     * The application always holds the health resource. The Aries whiteboard failed to add the first whiteboard
     * resource to an application that had none ("There is an endpoint already running on /") and left it serving
     * nothing; an application that starts with a resource takes further ones without trouble.
     */
    @Activate
    public ApiApplication(@Reference HealthResource health) {
        this.health = health;
    }

    @Override
    public Set<Object> getSingletons() {
        return Set.of(health);
    }
}
