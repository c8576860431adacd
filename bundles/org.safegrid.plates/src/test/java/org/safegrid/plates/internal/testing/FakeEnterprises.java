package org.safegrid.plates.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;

/**
 * A hand-written registry for unit tests: enterprises in memory, the data scope applied as {@link DataScope} defines
 * it, and the village, department, risk and flag filters. Counts the calls plates make.
 */
public final class FakeEnterprises implements EnterpriseService {

    private final Map<Long, Enterprise> enterprises = new LinkedHashMap<>();
    public final AtomicInteger profileCalls = new AtomicInteger();
    public final AtomicInteger getCalls = new AtomicInteger();

    /** A valid credit code made from a number. */
    public static String creditCode(long n) {
        String first17 = "91500106" + String.format("%09d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** Adds an operating enterprise of the village {@code baishiyi}. */
    public Enterprise add(long id, String department, RiskLevel risk, EnterpriseFlag... flags) {
        return add(id, department, null, "baishiyi", risk, flags);
    }

    public Enterprise add(long id, String department, String second, String village, RiskLevel risk,
            EnterpriseFlag... flags) {
        return add(id, department, second, village, EnterpriseStatus.OPERATING, risk, flags);
    }

    public Enterprise add(long id, String department, String second, String village, EnterpriseStatus status,
            RiskLevel risk, EnterpriseFlag... flags) {
        Set<EnterpriseFlag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
        Enterprise e = new Enterprise(id, creditCode(id), "企业" + id, "白市驿镇正街 " + id + " 号", village, "fuel-station",
                department, second, 12, true, status, risk, set, List.of(), 1,
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"));
        enterprises.put(id, e);
        return e;
    }

    @Override
    public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
        List<Enterprise> all = matching(query, scope);
        int from = Math.min(all.size(), query.page() * query.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + query.size())), query.page(), query.size(),
                all.size());
    }

    @Override
    public Optional<Enterprise> get(long id, DataScope scope) {
        getCalls.incrementAndGet();
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
        profileCalls.incrementAndGet();
        return matching(query, scope).stream().map(this::profile).toList();
    }

    @Override
    public EnterpriseProfile profile(Enterprise e) {
        return new EnterpriseProfile(e.id(), e.creditCode(), e.name(), e.sector(), e.department(),
                e.secondDepartment(), e.village(), e.riskLevel().name(),
                e.flags().stream().map(Enum::name).collect(Collectors.toSet()), e.staffCount());
    }

    @Override
    public List<Village> villages() {
        return List.of(new Village("baishiyi", "白市驿村", true));
    }

    @Override
    public List<Sector> sectors() {
        return List.of(new Sector("fuel-station", "加油站", "Fuel stations", "emergency", true));
    }

    private List<Enterprise> matching(EnterpriseQuery q, DataScope scope) {
        List<Enterprise> found = new ArrayList<>();
        for (Enterprise e : enterprises.values()) {
            if (sees(e, scope) && (q.village() == null || q.village().equals(e.village()))
                    && (q.department() == null || q.department().equals(e.department())
                            || q.department().equals(e.secondDepartment()))
                    && (q.riskLevel() == null || q.riskLevel() == e.riskLevel())
                    && (q.status() == null || q.status() == e.status())
                    && e.flags().containsAll(q.flags())) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean sees(Enterprise e, DataScope scope) {
        return scope.sees(e.department(), e.secondDepartment(), e.village());
    }
}
