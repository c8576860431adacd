package org.safegrid.dept.economic.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.economic.internal.EconomicDepartment;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/** The enterprises of the office as one caller sees and changes them. */
final class ScopedEnterprises {

    private ScopedEnterprises() {
    }

    /** Every enterprise the office regulates that the scope sees, by id, in name order. */
    static Map<Long, EnterpriseProfile> regulated(EnterpriseService enterprises, DataScope scope) {
        return regulated(enterprises, scope, null);
    }

    /** Those of {@link #regulated(EnterpriseService, DataScope)} with the status, or all when it is null. */
    static Map<Long, EnterpriseProfile> regulated(EnterpriseService enterprises, DataScope scope,
            EnterpriseStatus status) {
        EnterpriseQuery query = new EnterpriseQuery(null, null, EconomicDepartment.ID, null, null, status, Set.of(),
                null, 0, EnterpriseQuery.MAX_SIZE, "name");
        Map<Long, EnterpriseProfile> byId = new LinkedHashMap<>();
        enterprises.profiles(query, scope).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** The profile of an enterprise the scope may change, or empty. */
    static Optional<EnterpriseProfile> editable(EnterpriseService enterprises, DataScope scope, long id) {
        return enterprises.get(id, scope).filter(e -> enterprises.mayEdit(e, scope)).map(enterprises::profile);
    }
}
