package org.safegrid.dept.citymgmt.internal.rest;

import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.EnterpriseService;

/**
 * The enterprise registry as the brigade's resources check against it: villages and enterprise ids. The registry is
 * optional: while it is away, village codes and enterprise ids are taken as given rather than refusing every save.
 */
@Component(service = Registry.class)
public class Registry {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EnterpriseService enterprises;

    /** For tests. */
    public static Registry of(EnterpriseService enterprises) {
        Registry registry = new Registry();
        registry.enterprises = enterprises;
        return registry;
    }

    public boolean villageExists(String code) {
        EnterpriseService registry = enterprises;
        return registry == null || registry.villages().stream().anyMatch(v -> v.code().equals(code));
    }

    /** Whether the caller sees the enterprise; false also for a caller without a SafeGrid principal. */
    public boolean enterpriseVisible(long id, SecurityContext security) {
        EnterpriseService registry = enterprises;
        if (registry == null) {
            return true;
        }
        try {
            return registry.get(id, DataScope.of(security)).isPresent();
        } catch (SafeGridException e) {
            return false;
        }
    }
}
