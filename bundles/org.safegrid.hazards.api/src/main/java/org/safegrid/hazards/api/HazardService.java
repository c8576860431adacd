package org.safegrid.hazards.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.safegrid.api.security.DataScope;

/** Hazards as other bundles (checklists, inspections, tip-offs, reports) use them. */
@ProviderType
public interface HazardService {

    /**
     * Reports a hazard on an enterprise the scope may change. A major hazard may come with its five fixes or get them
     * later; until they are complete it cannot move into rectification.
     *
     * @throws org.safegrid.api.error.SafeGridException 404 outside the scope, 422 on bad input
     */
    Hazard report(NewHazard hazard, DataScope scope, String user);

    /** The hazard, if it is in scope. */
    Optional<Hazard> get(long id, DataScope scope);
}
