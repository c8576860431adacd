package org.safegrid.dept.economic.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;

/** An in-memory registry that honours the scope, the department, status and flag filters of a query. */
public class FakeEnterprises implements EnterpriseService {

    public final List<Enterprise> all = new ArrayList<>();

    public Enterprise add(long id, String name, String sector, String department, String village,
            EnterpriseStatus status, EnterpriseFlag... flags) {
        Enterprise e = new Enterprise(id, "91500106MA5U000000", name, "白市驿镇", village, sector, department, null, 120,
                false, status, RiskLevel.YELLOW, Set.of(flags), List.of(), 1, Instant.EPOCH, Instant.EPOCH);
        all.add(e);
        return e;
    }

    private static boolean matches(Enterprise e, EnterpriseQuery q) {
        return (q.department() == null || q.department().equals(e.department())
                || q.department().equals(e.secondDepartment()))
                && (q.status() == null || q.status() == e.status())
                && (q.sector() == null || q.sector().equals(e.sector()))
                && e.flags().containsAll(q.flags());
    }

    @Override
    public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
        List<Enterprise> items = all.stream()
                .filter(e -> matches(e, query) && scope.sees(e.department(), e.secondDepartment(), e.village()))
                .toList();
        return new Page<>(items, 0, items.size(), items.size());
    }

    @Override
    public Optional<Enterprise> get(long id, DataScope scope) {
        return all.stream()
                .filter(e -> e.id() == id && scope.sees(e.department(), e.secondDepartment(), e.village()))
                .findFirst();
    }

    @Override
    public Optional<Enterprise> byCreditCode(String creditCode) {
        return Optional.empty();
    }

    @Override
    public boolean mayEdit(Enterprise enterprise, DataScope scope) {
        return scope.edits(enterprise.department(), enterprise.secondDepartment());
    }

    @Override
    public List<EnterpriseProfile> profiles(EnterpriseQuery query, DataScope scope) {
        return find(query, scope).items().stream().map(this::profile).toList();
    }

    @Override
    public EnterpriseProfile profile(Enterprise e) {
        return new EnterpriseProfile(e.id(), e.creditCode(), e.name(), e.sector(), e.department(), e.secondDepartment(),
                e.village(), e.riskLevel().name(), e.flags().stream().map(Enum::name).collect(Collectors.toSet()),
                e.staffCount());
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
