package org.safegrid.dept.citymgmt.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.supervision.Alert;
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.service.GasFailureStore;
import org.safegrid.testing.DerbyUnit;

/** The repeat rule over its real table: two failures within 30 days alert, one does not, a redelivery counts once. */
class GasAlarmRepeatRuleTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static DerbyUnit unit;
    static GasAlarmRepeatRule rule;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("citymgmt-gas", DerbyUnit.CITYMGMT);
        CitySettings settings = CitySettings.fixed(
                Clock.fixed(LocalDate.of(2026, 11, 29).atTime(9, 0).atZone(TOWN).toInstant(), TOWN), 30, 2, 180);
        rule = new GasAlarmRepeatRule(new GasFailureStore(unit.jpa(), unit.schema(), settings), settings);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static List<Alert> submit(long enterprise, long submission, String day, Object failed) {
        return rule.evaluate(Events.submitted(enterprise, GasAlarmRepeatRule.TEMPLATE, submission, day, failed));
    }

    @Test
    void theSecondFailureWithinTheWindowAlerts() throws Exception {
        assertEquals(List.of(), submit(7, 100, "2026-11-01", new String[]{"gas-alarm", "hoses"}));
        assertEquals(List.of(), submit(7, 100, "2026-11-01", new String[]{"gas-alarm"}), "a redelivery");
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_CTY_GAS_FAILURE"));
        List<Alert> alerts = submit(7, 101, "2026-11-20", new String[]{"gas-alarm"});
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals(GasAlarmRepeatRule.CODE, alert.code());
        assertEquals(Alert.Level.CRITICAL, alert.level());
        assertEquals(Set.of("dept-citymgmt", "village-baishiyi"), alert.roles());
        assertTrue(alert.message().zh().contains("老灶火锅") && alert.message().zh().contains("第 2 次"));
        assertEquals("#/checklists/submissions/101", alert.link());
        assertEquals(1, submit(7, 102, "2026-11-21", List.of("gas-alarm")).size(), "and again at the third");
    }

    @Test
    void failuresOutsideTheWindowOrOfOtherItemsOrRestaurantsDoNotCount() {
        assertEquals(List.of(), submit(7, 200, "2026-10-01", new String[]{"gas-alarm"}));
        assertEquals(List.of(), submit(7, 201, "2026-10-31", new String[]{"gas-alarm"}), "30 days later: out");
        assertEquals(List.of(), submit(8, 202, "2026-10-31", new String[]{"gas-alarm"}), "another restaurant");
        assertEquals(List.of(), submit(7, 203, "2026-11-02", new String[]{"hoses", "exits"}));
        assertEquals(List.of(), submit(7, 204, "2026-11-02", null));
        assertEquals(List.of(), rule.evaluate(Events.submitted(7, "citymgmt-street-stall-weekly", 205, "2026-W48",
                new String[]{"gas-alarm"})));
        assertEquals(1, submit(7, 206, "2026-11-05", "gas-alarm").size(), "31 Oct and 5 Nov are within 30 days");
    }

    @Test
    void aPeriodKeyThatIsNoDayCountsOnToday() {
        assertEquals(LocalDate.of(2026, 11, 29), GasAlarmRepeatRule.day("2026-W48", LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2026, 11, 3), GasAlarmRepeatRule.day("2026-11-03", LocalDate.of(2026, 11, 29)));
    }
}
