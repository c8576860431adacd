package org.safegrid.inbox.internal.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;

/** A hand-written registry holding the enterprises a test adds; it answers {@code get} within the scope. */
public final class FakeEnterprises implements EnterpriseService {

    private final Map<Long, Enterprise> enterprises = new HashMap<>();
    /** The scopes {@code get} was called with, to check the caller asked with the right one. */
    public final java.util.List<DataScope> scopes = new java.util.ArrayList<>();
    /** When set, {@code get} fails as a registry whose database is away would. */
    public boolean failing;

    public Enterprise add(long id, String name, String department, String secondDepartment, String village) {
        Enterprise e = new Enterprise(id, "91500106MA5U0000" + (id % 10) + "X", name, "地址", village, "fuel-station",
                department, secondDepartment, 12, true, EnterpriseStatus.OPERATING, RiskLevel.ORANGE, Set.of(),
                List.of(), 1, Instant.EPOCH, Instant.EPOCH);
        enterprises.put(id, e);
        return e;
    }

    @Override
    public Optional<Enterprise> get(long id, DataScope scope) {
        scopes.add(scope);
        if (failing) {
            throw new IllegalStateException("database away");
        }
        Enterprise e = enterprises.get(id);
        return e != null && scope.sees(e.department(), e.secondDepartment(), e.village())
                ? Optional.of(e)
                : Optional.empty();
    }

    @Override
    public EnterpriseProfile profile(Enterprise e) {
        return new EnterpriseProfile(e.id(), e.creditCode(), e.name(), e.sector(), e.department(),
                e.secondDepartment(), e.village(), e.riskLevel().name(), Set.of(), e.staffCount());
    }

    @Override
    public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Enterprise> byCreditCode(String creditCode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean mayEdit(Enterprise enterprise, DataScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<EnterpriseProfile> profiles(EnterpriseQuery query, DataScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Village> villages() {
        return List.of();
    }

    @Override
    public List<Sector> sectors() {
        return List.of();
    }
}
