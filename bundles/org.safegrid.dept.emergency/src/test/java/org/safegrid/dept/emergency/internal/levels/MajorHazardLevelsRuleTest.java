package org.safegrid.dept.emergency.internal.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.enterprises.api.EnterpriseEvents;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.Page;
import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.PlateEvents;
import org.safegrid.plates.api.PlateService;
import org.safegrid.testing.DerbyUnit;

/** The rule with its memory on Derby and a plates service that answers from a map. */
class MajorHazardLevelsRuleTest {

    static DerbyUnit unit;
    static LevelWatchStore watch;
    final Map<Long, List<String>> missingByEnterprise = new HashMap<>();
    MajorHazardLevelsRule rule;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("emergency-levels", DerbyUnit.EMERGENCY);
        ZoneId town = ZoneId.of("Asia/Shanghai");
        watch = new LevelWatchStore(unit.jpa(), unit.schema(),
                DutyClock.fixed(Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), town)));
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.emf.getCache().evictAll(); // rows go behind EclipseLink's back
        unit.clear();
        rule = new MajorHazardLevelsRule(watch);
        rule.plates = new FakePlates();
    }

    static EnterpriseProfile profile(long id, String... flags) {
        return new EnterpriseProfile(id, "91500106000000001X", "白市驿化工厂", "hazardous-chemicals", "emergency",
                "economic", "baishiyi", "ORANGE", Set.of(flags), 80);
    }

    static SupervisionEvent plateEvent(EnterpriseProfile e, String... missing) {
        return new SupervisionEvent(PlateEvents.UPDATED, Map.of(PlateEvents.ENTERPRISE_ID, e.id(),
                PlateEvents.COMPLETE, missing.length == 0, PlateEvents.MISSING_ROLES, missing), e);
    }

    @Test
    void aPlateThatLacksLevelsAlertsOnceUntilTheGapChanges() {
        EnterpriseProfile e = profile(7, "MAJOR_HAZARD_SOURCE");
        List<Alert> alerts = rule.evaluate(plateEvent(e, "technical-lead", "operation-lead", "post-lead"));
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals("major-hazard-source-levels-missing", alert.code());
        assertEquals(Set.of("dept-emergency", "committee", "dept-economic"), alert.roles());
        assertEquals("#/enterprises/7/plate", alert.link());
        assertTrue(alert.message().zh().contains("技术层级负责人、操作层级负责人"), alert.message().zh());
        assertTrue(!alert.message().zh().contains("管理层级"), alert.message().zh());
        assertTrue(alert.message().en().contains("technical lead, operation lead"), alert.message().en());

        // the same gap again (someone added a post lead): quiet
        assertEquals(List.of(), rule.evaluate(plateEvent(e, "technical-lead", "operation-lead")));
        // a different gap: alert again
        assertEquals(1, rule.evaluate(plateEvent(e, "operation-lead")).size());
        // filled: quiet, and forgotten, so a later gap alerts again
        assertEquals(List.of(), rule.evaluate(plateEvent(e)));
        assertEquals(0, count());
        assertEquals(1, rule.evaluate(plateEvent(e, "operation-lead")).size());
    }

    @Test
    void otherMissingRolesAndOtherEnterprisesRaiseNothing() {
        assertEquals(List.of(), rule.evaluate(plateEvent(profile(7, "MAJOR_HAZARD_SOURCE"), "safety-officer")));
        assertEquals(List.of(), rule.evaluate(plateEvent(profile(8, "HIGH_FIRE_RISK"), "management-lead")));
        assertEquals(List.of(), rule.evaluate(new SupervisionEvent(PlateEvents.UPDATED, Map.of(), null)));
        assertEquals(0, count());
    }

    @Test
    void anEnterpriseEventReadsThePlateFromThePlatesService() {
        EnterpriseProfile e = profile(9, "MAJOR_HAZARD_SOURCE", "ABOVE_SCALE");
        missingByEnterprise.put(9L, List.of("management-lead", "technical-lead", "operation-lead"));
        SupervisionEvent updated = new SupervisionEvent(EnterpriseEvents.UPDATED,
                Map.of(EnterpriseEvents.ENTERPRISE_ID, 9L), e);
        List<Alert> alerts = rule.evaluate(updated);
        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).message().zh().contains("管理层级负责人、技术层级负责人、操作层级负责人"));
        assertEquals(List.of(), rule.evaluate(updated), "an unchanged plate stays quiet on the next edit");

        rule.plates = null;
        assertEquals(List.of(), rule.evaluate(new SupervisionEvent(EnterpriseEvents.CREATED, Map.of(), profile(10,
                "MAJOR_HAZARD_SOURCE"))), "without the plates service the rule cannot tell and stays quiet");
    }

    @Test
    void losingTheFlagForgetsTheEnterprise() {
        EnterpriseProfile e = profile(11, "MAJOR_HAZARD_SOURCE");
        assertEquals(1, rule.evaluate(plateEvent(e, "management-lead")).size());
        assertEquals(1, count());
        missingByEnterprise.put(11L, List.of());
        assertEquals(List.of(), rule.evaluate(new SupervisionEvent(EnterpriseEvents.UPDATED, Map.of(), profile(11))));
        assertEquals(0, count());
    }

    private static long count() {
        try {
            return unit.count("SELECT COUNT(*) FROM SG_EMG_LEVEL_WATCH");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final class FakePlates implements PlateService {
        @Override
        public Optional<Plate> plate(long enterpriseId, DataScope scope) {
            List<String> missing = missingByEnterprise.get(enterpriseId);
            return missing == null
                    ? Optional.empty()
                    : Optional.of(new Plate(enterpriseId, "x", "x", List.of(), List.of(), missing, 1, null));
        }

        @Override
        public Optional<Plate> publicPlate(String creditCode) {
            return Optional.empty();
        }

        @Override
        public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise) {
            return List.of();
        }

        @Override
        public Page<Plate> incomplete(EnterpriseQuery query, DataScope scope) {
            return new Page<>(List.of(), 0, 20, 0);
        }
    }
}
