package org.safegrid.dept.emergency.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardService;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.api.NewHazard;
import org.safegrid.testing.DerbyUnit;

/** The ledger given hazards and enterprises from fakes, storing on Derby. */
class DangerousGoodsHazardLedgerTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    static DerbyUnit unit;
    static DangerousGoodsHazards store;
    static DangerousGoodsHazardLedger ledger;

    static final Map<Long, Enterprise> ENTERPRISES = Map.of(1L, enterprise(1, "白市驿加油站", "fuel-station"), 2L,
            enterprise(2, "某服装厂", "factory"));
    // reported 27 Nov 17:00 UTC = 28 Nov 01:00 in the town; closed 29 Nov 15:00 UTC = 29 Nov 23:00 in the town
    static final Map<Long, Hazard> HAZARDS = Map.of(10L,
            hazard(10, 1, HazardLevel.MAJOR, HazardState.CLOSED, "2026-11-27T17:00:00Z", "2026-11-29T15:00:00Z"), 11L,
            hazard(11, 2, HazardLevel.GENERAL, HazardState.REPORTED, "2026-11-27T17:00:00Z", null));

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("emergency-ledger", DerbyUnit.EMERGENCY);
        DutyClock clock = DutyClock.fixed(Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), TOWN));
        store = new DangerousGoodsHazards(unit.jpa(), unit.schema(), clock);
        ledger = new DangerousGoodsHazardLedger(store, new FakeHazards(), new FakeEnterprises(), clock);
    }

    @AfterAll
    static void stop() throws Exception {
        ledger.stop();
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.emf.getCache().evictAll(); // rows go behind EclipseLink's back
        unit.clear();
    }

    @Test
    void keepsHazardsOfDangerousGoodsEnterprisesOnlyWithTownDates() throws Exception {
        ledger.record(10);
        ledger.record(11); // a factory: not dangerous goods
        ledger.record(99); // unknown hazard
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_EMG_DG_HAZARD"));
        List<HazardFacts> open = store.openOn(LocalDate.of(2026, 11, 28));
        assertEquals(1, open.size());
        HazardFacts h = open.get(0);
        assertEquals("白市驿加油站", h.enterpriseName());
        assertEquals(LocalDate.of(2026, 11, 28), h.reportedOn(), "the town's day, not UTC's");
        assertEquals(LocalDate.of(2026, 11, 29), h.closedOn());
        assertEquals("MAJOR", h.level());
        assertEquals(List.of(), store.openOn(LocalDate.of(2026, 11, 29)), "closed that day");
        assertEquals(List.of(), store.openOn(LocalDate.of(2026, 11, 27)), "not yet reported");
    }

    @Test
    void eventsAreRecordedOffTheCallersThreadAndEventsWithoutAHazardIdIgnored() throws Exception {
        ledger.handleEvent(new Event("org/safegrid/hazard/CREATED", Map.of("enterpriseId", 1L)));
        ledger.handleEvent(new Event("org/safegrid/hazard/CREATED", Map.of("hazardId", "not a number")));
        ledger.handleEvent(new Event("org/safegrid/hazard/CLOSED", Map.of("hazardId", "10")));
        long rows = 0;
        for (int i = 0; i < 100 && rows == 0; i++) {
            Thread.sleep(50);
            rows = unit.count("SELECT COUNT(*) FROM SG_EMG_DG_HAZARD");
        }
        assertEquals(1, rows);
        assertEquals(10, unit.count("SELECT HAZARD_ID FROM SG_EMG_DG_HAZARD"));
    }

    static Enterprise enterprise(long id, String name, String sector) {
        return new Enterprise(id, "9150010600000000" + id + "X", name, "白市驿镇", "baishiyi", sector, "emergency", null,
                20, true, EnterpriseStatus.OPERATING, RiskLevel.ORANGE, Set.of(), List.of(), 1, Instant.EPOCH,
                Instant.EPOCH);
    }

    static Hazard hazard(long id, long enterprise, HazardLevel level, HazardState state, String reported,
            String closed) {
        return new Hazard(id, enterprise, "x", "emergency", "baishiyi", null, null, "隐患", level, state,
                LocalDate.of(2026, 12, 5), null, false, "u", Instant.parse(reported), null, null,
                closed == null ? null : Instant.parse(closed), 1);
    }

    static final class FakeHazards implements HazardService {
        @Override
        public Hazard report(NewHazard hazard, DataScope scope, String user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Hazard> get(long id, DataScope scope) {
            return Optional.ofNullable(HAZARDS.get(id));
        }
    }

    static final class FakeEnterprises implements EnterpriseService {
        @Override
        public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
            return new Page<>(List.of(), 0, 20, 0);
        }

        @Override
        public Optional<Enterprise> get(long id, DataScope scope) {
            return Optional.ofNullable(ENTERPRISES.get(id));
        }

        @Override
        public Optional<Enterprise> byCreditCode(String creditCode) {
            return Optional.empty();
        }

        @Override
        public boolean mayEdit(Enterprise enterprise, DataScope scope) {
            return true;
        }

        @Override
        public List<EnterpriseProfile> profiles(EnterpriseQuery query, DataScope scope) {
            return List.of();
        }

        @Override
        public EnterpriseProfile profile(Enterprise enterprise) {
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
}
