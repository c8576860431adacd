package org.safegrid.hazards.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;

/**
 * A hand-written registry for unit tests: enterprises in memory, the data scope applied as {@link DataScope} defines
 * it (and as the real registry does), editing as {@link DataScope#edits}.
 */
public final class FakeEnterprises implements EnterpriseService {

    private final Map<Long, Enterprise> enterprises = new LinkedHashMap<>();

    /** A valid credit code made from a number. */
    public static String creditCode(long n) {
        String first17 = "91500106" + String.format("%09d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** Adds (or replaces) an operating enterprise. */
    public Enterprise add(long id, String name, String department, String second, String village) {
        Enterprise e = new Enterprise(id, creditCode(id), name, "白市驿镇正街 " + id + " 号", village, "factory",
                department, second, 12, true, EnterpriseStatus.OPERATING, RiskLevel.YELLOW, Set.of(), List.of(), 1,
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"));
        enterprises.put(id, e);
        return e;
    }

    public void clear() {
        enterprises.clear();
    }

    @Override
    public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
        List<Enterprise> all = new ArrayList<>();
        for (Enterprise e : enterprises.values()) {
            if (sees(e, scope)) {
                all.add(e);
            }
        }
        int from = Math.min(all.size(), query.page() * query.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + query.size())), query.page(), query.size(),
                all.size());
    }

    @Override
    public Optional<Enterprise> get(long id, DataScope scope) {
        return Optional.ofNullable(enterprises.get(id)).filter(e -> sees(e, scope));
    }

    @Override
    public Optional<Enterprise> byCreditCode(String creditCode) {
        return enterprises.values().stream().filter(e -> e.creditCode().equals(creditCode)).findFirst();
    }

    @Override
    public boolean mayEdit(Enterprise enterprise, DataScope scope) {
        return scope.edits(enterprise.department(), enterprise.secondDepartment());
    }

    @Override
    public List<EnterpriseProfile> profiles(EnterpriseQuery query, DataScope scope) {
        return enterprises.values().stream().filter(e -> sees(e, scope)).map(this::profile).toList();
    }

    @Override
    public EnterpriseProfile profile(Enterprise e) {
        return new EnterpriseProfile(e.id(), e.creditCode(), e.name(), e.sector(), e.department(),
                e.secondDepartment(), e.village(), e.riskLevel().name(),
                e.flags().stream().map(Enum::name).collect(Collectors.toSet()), e.staffCount());
    }

    @Override
    public List<Village> villages() {
        return List.of(new Village("baishiyi", "白市驿村", true), new Village("haitang", "海棠村", true));
    }

    @Override
    public List<Sector> sectors() {
        return List.of(new Sector("factory", "工业企业", "Factory", "economic", true));
    }

    private static boolean sees(Enterprise e, DataScope scope) {
        return scope.sees(e.department(), e.secondDepartment(), e.village());
    }
}
