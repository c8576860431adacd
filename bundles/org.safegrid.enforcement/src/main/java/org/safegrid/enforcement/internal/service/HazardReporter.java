package org.safegrid.enforcement.internal.service;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardService;
import org.safegrid.hazards.api.NewHazard;

/** Reports an inspection's findings as hazards through the hazards module, when it runs. */
@Component(service = HazardReporter.class)
public class HazardReporter {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile HazardService hazards;

    public HazardReporter() {
        // for DS
    }

    /** With this hazard service (null: none); for tests. */
    public HazardReporter(HazardService hazards) {
        this.hazards = hazards;
    }

    /** Reports the hazard; 503 {@code hazards_unavailable} when the hazards module is not running. */
    public Hazard report(NewHazard hazard, DataScope scope, String user, String language) {
        HazardService service = hazards;
        if (service == null) {
            throw Failures.hazardsUnavailable(language);
        }
        return service.report(hazard, scope, user);
    }
}
