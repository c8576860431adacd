package org.safegrid.hazards.internal.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.NewHazard;
import org.safegrid.hazards.internal.events.Publisher;
import org.safegrid.hazards.internal.service.HazardRegistry;
import org.safegrid.hazards.internal.service.HazardStore;
import org.safegrid.hazards.internal.service.HazardTransitions;
import org.safegrid.hazards.internal.service.Wiring;
import org.safegrid.testing.DerbyUnit;

/**
 * The hazards' components wired by hand on Derby, with a fake registry, a fake EventAdmin and a clock the tests move,
 * as DS wires them in the platform. The town's date is {@link #TODAY} (10:00 in Asia/Shanghai). Enterprises:
 * <ol>
 * <li>甲加油站: emergency, 白市驿村 (baishiyi)</li>
 * <li>乙化工: emergency + planning, 海棠村 (haitang)</li>
 * <li>丙工地: planning, baishiyi</li>
 * <li>丁工厂: economic + emergency, haitang</li>
 * <li>戊市场: economic, haitang</li>
 * </ol>
 */
public final class Fixture {

    public static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    public static final DataScope ADMIN = DataScope.of(Set.of("admin"));
    public static final DataScope COMMITTEE = DataScope.of(Set.of("committee"));
    public static final DataScope EMERGENCY = DataScope.of(Set.of("dept-emergency"));
    public static final DataScope PLANNING = DataScope.of(Set.of("dept-planning"));
    public static final DataScope ECONOMIC = DataScope.of(Set.of("dept-economic"));
    public static final DataScope BAISHIYI = DataScope.of(Set.of("village-baishiyi"));
    public static final DataScope HAITANG = DataScope.of(Set.of("village-haitang"));
    public static final DataScope NOBODY = DataScope.of(Set.of("someone-else"));

    private static Fixture shared;

    public final DerbyUnit unit;
    public final MutableClock clock = new MutableClock(NOW, TOWN);
    public final FakeEnterprises enterprises = new FakeEnterprises();
    public final FakeEventAdmin events = new FakeEventAdmin();
    public final Publisher publisher = new Publisher(events);
    public final HazardStore store;
    public final HazardRegistry registry;
    public final HazardTransitions transitions;

    /** One database for all the test classes of a run (the schema and the unit take time); reset before use. */
    public static synchronized Fixture shared() throws Exception {
        if (shared == null) {
            shared = new Fixture("hazards-test");
        }
        shared.reset();
        return shared;
    }

    private Fixture(String database) throws Exception {
        unit = new DerbyUnit(database, DerbyUnit.HAZARDS);
        store = Wiring.store(unit.jpa(), unit.schema());
        registry = Wiring.registry(store, enterprises, publisher, clock);
        transitions = new HazardTransitions(registry, store, enterprises, publisher);
    }

    /** Empties the tables, puts back the five enterprises, the clock and no events. */
    public void reset() throws Exception {
        unit.clear();
        clock.set(NOW);
        events.clear();
        enterprises.clear();
        enterprises.add(1, "甲加油站", "emergency", null, "baishiyi");
        enterprises.add(2, "乙化工", "emergency", "planning", "haitang");
        enterprises.add(3, "丙工地", "planning", null, "baishiyi");
        enterprises.add(4, "丁工厂", "economic", "emergency", "haitang");
        enterprises.add(5, "戊市场", "economic", null, "haitang");
    }

    /** Complete five fixes with this deadline. */
    public static FiveFixes fixes(LocalDate deadline) {
        return new FiveFixes("张三", "更换灭火器并培训员工", new BigDecimal("5000"), deadline, "发生火情立即疏散并报警");
    }

    /** A general hazard due in {@code days} days. */
    public static NewHazard general(long enterpriseId, String description, int days) {
        return new NewHazard(enterpriseId, HazardSource.INSPECTION, null, description, HazardLevel.GENERAL,
                TODAY.plusDays(days), null);
    }

    /** A major hazard without its five fixes. */
    public static NewHazard major(long enterpriseId, String description) {
        return new NewHazard(enterpriseId, HazardSource.SELF_INSPECTION, "submission:1:item:fire-exits", description,
                HazardLevel.MAJOR, null, null);
    }

    /** Sets a hazard's deadline directly in the table: one the API would refuse, in the past. */
    public void deadline(long hazardId, LocalDate deadline) throws Exception {
        unit.update("UPDATE SG_HAZ_HAZARD SET DEADLINE = DATE('" + deadline + "') WHERE ID = " + hazardId);
    }
}
