package org.safegrid.checklists.internal.testing;

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
 * it, and the village, department, status and flag filters. Counts the calls.
 */
public final class FakeEnterprises implements EnterpriseService {

    /** When the test enterprises were registered: long before the tests' "today". */
    public static final Instant REGISTERED = Instant.parse("2025-01-01T00:00:00Z");

    private final Map<Long, Enterprise> enterprises = new LinkedHashMap<>();
    public final AtomicInteger findCalls = new AtomicInteger();
    public final AtomicInteger getCalls = new AtomicInteger();

    /** A valid credit code made from a number. */
    public static String creditCode(long n) {
        String first17 = "91500106" + String.format("%09d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** An operating fuel station of the emergency office in village {@code baishiyi}. */
    public Enterprise add(long id) {
        return add(id, "emergency", "baishiyi", "fuel-station", EnterpriseStatus.OPERATING, REGISTERED);
    }

    public Enterprise add(long id, String department, String village, String sector, EnterpriseStatus status,
            Instant registered, EnterpriseFlag... flags) {
        return add(id, department, null, village, sector, status, registered, flags);
    }

    public Enterprise add(long id, String department, String second, String village, String sector,
            EnterpriseStatus status, Instant registered, EnterpriseFlag... flags) {
        Set<EnterpriseFlag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
        Enterprise e = new Enterprise(id, creditCode(id), "企业" + id, "白市驿镇正街 " + id + " 号", village, sector,
                department, second, 12, true, status, RiskLevel.YELLOW, set, List.of(), 1, registered, registered);
        enterprises.put(id, e);
        return e;
    }

    @Override
    public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
        findCalls.incrementAndGet();
        List<Enterprise> all = matching(query, scope);
        if ("-updatedAt".equals(query.sort())) {
            all.sort(java.util.Comparator.comparing(Enterprise::updatedAt).reversed());
        }
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
        return List.of(new Village("baishiyi", "白市驿村", true), new Village("haitang", "海棠村", true));
    }

    @Override
    public List<Sector> sectors() {
        return List.of(new Sector("fuel-station", "加油站", "Fuel stations", "emergency", true),
                new Sector("hazardous-chemicals", "危险化学品", "Hazardous chemicals", "emergency", true),
                new Sector("construction-site", "建筑工地", "Construction sites", "planning", true));
    }

    private List<Enterprise> matching(EnterpriseQuery q, DataScope scope) {
        List<Enterprise> found = new ArrayList<>();
        for (Enterprise e : enterprises.values()) {
            if (sees(e, scope) && (q.village() == null || q.village().equals(e.village()))
                    && (q.department() == null || q.department().equals(e.department()))
                    && (q.status() == null || q.status() == e.status()) && e.flags().containsAll(q.flags())) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean sees(Enterprise e, DataScope scope) {
        return scope.sees(e.department(), e.secondDepartment(), e.village());
    }
}
