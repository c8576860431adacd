package org.safegrid.plates.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.Page;

/** Responsibility plates as other bundles use them; a plate outside the caller's scope is reported as not found. */
@ProviderType
public interface PlateService {

    /** The plate of an enterprise in scope. */
    Optional<Plate> plate(long enterpriseId, DataScope scope);

    /** The plate of the enterprise with this credit code, for the public page; any scope. */
    Optional<Plate> publicPlate(String creditCode);

    /**
     * The roles a plate must name for this enterprise: the three responsible persons always; a special regulator for
     * high fire risk or special equipment; the three levels for red risk or a major hazard source; post leads for
     * those too; then what the regulating department's {@code PlateRoleContributor} adds.
     */
    List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise);

    /** The incomplete plates of the enterprises in scope matching the query's filters, paged by the query. */
    Page<Plate> incomplete(EnterpriseQuery query, DataScope scope);
}
