package org.safegrid.core.internal.rest;

import javax.ws.rs.core.Application;

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
}
