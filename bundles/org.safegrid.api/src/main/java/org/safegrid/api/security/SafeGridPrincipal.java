package org.safegrid.api.security;

import java.security.Principal;
import java.util.Set;

/**
 * The logged-in user of a REST request, as {@code SecurityContext.getUserPrincipal()} returns it on every SafeGrid
 * application. Resources turn it into a {@link DataScope} with {@link DataScope#of(javax.ws.rs.core.SecurityContext)}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface SafeGridPrincipal extends Principal {

    /** The user's roles: {@code admin}, {@code committee}, {@code dept-<id>}, {@code village-<code>}. */
    Set<String> roles();
}
