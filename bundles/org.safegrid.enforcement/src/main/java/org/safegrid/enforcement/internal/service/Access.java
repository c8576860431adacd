package org.safegrid.enforcement.internal.service;

import java.util.Optional;

import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.enforcement.internal.validation.InputReader;
import org.safegrid.enforcement.internal.validation.Message;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;

/** Reaches enterprises only through the registry with the caller's scope, as every other bundle does. */
final class Access {

    private Access() {
    }

    /**
     * The enterprise a body names, for a change: a 422 on {@code enterpriseId} when it is not in scope, a 403 when the
     * caller may only read it.
     *
     * @return the enterprise, or empty when the field failed
     */
    static Optional<Enterprise> forChange(EnterpriseService enterprises, long enterpriseId, DataScope scope,
            InputReader reader) {
        if (reader.failed("enterpriseId")) {
            return Optional.empty();
        }
        Optional<Enterprise> enterprise = enterprises.get(enterpriseId, scope);
        if (enterprise.isEmpty()) {
            reader.fail("enterpriseId", Message.ENTERPRISE_UNKNOWN, null);
            return enterprise;
        }
        if (!enterprises.mayEdit(enterprise.get(), scope)) {
            throw Failures.mayNotEdit(reader.language());
        }
        return enterprise;
    }
}
