package org.safegrid.dept.planning.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.planning.internal.PlanningSettings;
import org.safegrid.dept.planning.internal.checklists.ConstructionSiteWeekly;
import org.safegrid.dept.planning.internal.checklists.HouseMonthly;
import org.safegrid.testing.DerbyUnit;

/** The three rules, given checklist events, with their memory on Derby. */
class RulesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static DerbyUnit unit;
    static RuleMemory memory;
    static MissedWeeklyInspectionRule missed;
    static RepeatedHighRiskFailureRule repeated;
    static HouseStructureRule houses;

    static final EnterpriseProfile SITE = new EnterpriseProfile(7, "91500106000000007X", "白市驿安置房工地",
            "construction-site", "planning", null, "baishiyi", "YELLOW", Set.of(), 120);
    static final EnterpriseProfile HOUSE = new EnterpriseProfile(8, "91500106000000008X", "李家自建出租房",
            "self-built-house", "planning", null, "haitang", "ORANGE", Set.of(), 2);

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("planning-rules", DerbyUnit.PLANNING);
        PlanningSettings settings = PlanningSettings.fixed(CLOCK, 2);
        memory = new RuleMemory(unit.jpa(), unit.schema(), settings);
        missed = new MissedWeeklyInspectionRule(memory, settings);
        repeated = new RepeatedHighRiskFailureRule(memory);
        houses = new HouseStructureRule(memory);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static SupervisionEvent overdue(EnterpriseProfile e, String template, String week, String end) {
        return new SupervisionEvent(ChecklistEvents.OVERDUE,
                Map.of(ChecklistEvents.ENTERPRISE_ID, e.id(), ChecklistEvents.TEMPLATE_CODE, template,
                        ChecklistEvents.CADENCE, "WEEKLY", ChecklistEvents.PERIOD_KEY, week,
                        ChecklistEvents.PERIOD_END, end),
                e);
    }

    static SupervisionEvent submitted(EnterpriseProfile e, String template, String period, String... failed) {
        Map<String, Object> p = new HashMap<>(Map.of(ChecklistEvents.ENTERPRISE_ID, e.id(),
                ChecklistEvents.TEMPLATE_CODE, template, ChecklistEvents.PERIOD_KEY, period,
                ChecklistEvents.FAILED_ITEMS, failed, ChecklistEvents.SUBMISSION_ID, 91L));
        p.put(ChecklistEvents.CADENCE, period.contains("W") ? "WEEKLY" : "MONTHLY");
        return new SupervisionEvent(ChecklistEvents.SUBMITTED, p, e);
    }

    static final String WEEKLY = ConstructionSiteWeekly.CODE;

    @Test
    void twoMissedWeeksInARowAlertAndAThirdEscalates() {
        assertEquals(List.of(), missed.evaluate(overdue(SITE, WEEKLY, "2026-W46", "2026-11-15")));
        List<Alert> second = missed.evaluate(overdue(SITE, WEEKLY, "2026-W47", "2026-11-22"));
        assertEquals(1, second.size());
        Alert a = second.get(0);
        assertEquals("construction-site-weekly-missed", a.code());
        assertEquals(Alert.Level.WARNING, a.level());
        assertEquals(Set.of("dept-planning", "village-baishiyi"), a.roles());
        assertTrue(a.message().zh().contains("已连续 2 周（截至 2026-W47）"), a.message().zh());
        assertEquals("#/enterprises/7/checklists", a.link());

        Alert third = missed.evaluate(overdue(SITE, WEEKLY, "2026-W48", "2026-11-29")).get(0);
        assertEquals(Alert.Level.CRITICAL, third.level());
        assertTrue(third.roles().contains("committee"));
        assertTrue(third.title().en().contains("3 weeks"));
        // the same event again (a redelivery) does not count twice
        assertEquals(3,
                memory.consecutiveMissed(7, WEEKLY, java.time.LocalDate.of(2026, 11, 29), d -> d.minusWeeks(1)));
    }

    @Test
    void aGapOrALateSubmissionBreaksTheRun() {
        assertEquals(List.of(), missed.evaluate(overdue(SITE, WEEKLY, "2026-W45", "2026-11-08")));
        assertEquals(List.of(), missed.evaluate(overdue(SITE, WEEKLY, "2026-W47", "2026-11-22")), "W46 was done");
        // W47 submitted late: W48 missed is then the first of a new run
        assertEquals(List.of(), missed.evaluate(submitted(SITE, WEEKLY, "2026-W47")));
        assertEquals(List.of(), missed.evaluate(overdue(SITE, WEEKLY, "2026-W48", "2026-11-29")));
    }

    @Test
    void otherTemplatesAndUnknownEnterprisesAreIgnored() {
        missed.evaluate(overdue(SITE, "economic-factory-weekly", "2026-W46", "2026-11-15"));
        assertEquals(List.of(), missed.evaluate(overdue(SITE, "economic-factory-weekly", "2026-W47", "2026-11-22")));
        assertEquals(List.of(), missed.evaluate(new SupervisionEvent(ChecklistEvents.OVERDUE, Map.of(), null)));
        assertEquals(List.of(), repeated.evaluate(submitted(SITE, HouseMonthly.CODE, "2026-11", "scaffolding")));
    }

    @Test
    void aHighRiskItemFailingTwoWeeksInARowAlertsWithTheItemsNamed() {
        assertEquals(List.of(), repeated.evaluate(submitted(SITE, WEEKLY, "2026-W47", "scaffolding", "publicity")));
        List<Alert> alerts = repeated
                .evaluate(submitted(SITE, WEEKLY, "2026-W48", "scaffolding", "edge-protection", "publicity"));
        assertEquals(1, alerts.size());
        Alert a = alerts.get(0);
        assertEquals("construction-site-repeated-failure", a.code());
        assertTrue(a.message().zh().contains("脚手架按方案搭设"), a.message().zh());
        assertFalse(a.message().zh().contains("临边"), "edge protection failed only once");
        assertFalse(a.message().zh().contains("宣传"), "publicity is no high-risk item");
        assertEquals("#/checklists/submissions/91", a.link());
        // a week later only edge protection fails: twice in a row now
        Alert next = repeated.evaluate(submitted(SITE, WEEKLY, "2026-W49", "edge-protection")).get(0);
        assertTrue(next.message().en().contains("Edges, openings"), next.message().en());
        assertEquals(List.of(), repeated.evaluate(submitted(SITE, WEEKLY, "2026-W50")));
    }

    @Test
    void aStructuralFailureInAHouseIsCriticalAtOnce() {
        assertEquals(List.of(), houses.evaluate(submitted(HOUSE, HouseMonthly.CODE, "2026-11", "wiring", "gas-use")));
        List<Alert> alerts = houses.evaluate(submitted(HOUSE, HouseMonthly.CODE, "2026-11", "structure-damage"));
        assertEquals(1, alerts.size());
        Alert a = alerts.get(0);
        assertEquals("house-structural-danger", a.code());
        assertEquals(Alert.Level.CRITICAL, a.level());
        assertEquals(Set.of("dept-planning", "village-haitang", "committee"), a.roles());
        assertTrue(a.message().zh().contains("承重墙"), a.message().zh());
        assertEquals(1, memory.failedBetween(java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30))
                .size());
        assertEquals(List.of(), houses.evaluate(submitted(SITE, WEEKLY, "2026-W48", "structure-damage")));
    }
}
