package org.safegrid.inbox.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.inbox.internal.alert.AlertStore;
import org.safegrid.inbox.internal.duty.DutyEntry;
import org.safegrid.inbox.internal.duty.DutyService;
import org.safegrid.inbox.internal.duty.DutyStore;
import org.safegrid.inbox.internal.inbox.InboxItem;
import org.safegrid.inbox.internal.inbox.InboxService;
import org.safegrid.inbox.internal.inbox.ItemKind;
import org.safegrid.inbox.internal.supervision.RuleRegistry;
import org.safegrid.inbox.internal.testing.Clocks;
import org.safegrid.inbox.internal.testing.FakeCalendar;
import org.safegrid.inbox.internal.testing.FakeEnterprises;
import org.safegrid.inbox.internal.testing.FakeRule;
import org.safegrid.inbox.internal.testing.InlineWork;
import org.safegrid.testing.DerbyUnit;

/** The two event handlers, their work run inline, over the real change log on Derby. */
class EventHandlersTest {

    static final Clock CLOCK = Clocks.at(LocalDateTime.of(2026, 11, 12, 10, 0));

    static DerbyUnit unit;
    static AlertStore alerts;
    static DutyService duties;
    static InboxService inbox;

    InlineWork work;
    RuleRegistry rules;
    FakeEnterprises enterprises;
    SupervisionHandler handler;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("inbox-events", DerbyUnit.INBOX);
        alerts = new AlertStore(unit.jpa(), unit.schema());
        duties = new DutyService(new DutyStore(unit.jpa(), unit.schema()),
                FakeCalendar.nationalDay2026()::isWorkingDay, CLOCK);
        inbox = new InboxService(duties, alerts, CLOCK);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        unit.clear();
        work = new InlineWork();
        rules = new RuleRegistry();
        enterprises = new FakeEnterprises();
        enterprises.add(7, "白市驿加油站", "emergency", "citymgmt", "baishiyi");
        handler = new SupervisionHandler(work, rules, alerts, enterprises, CLOCK);
    }

    static Event event(String topic, Object... keyValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Event(topic, properties);
    }

    void addRule(String department, FakeRule rule) {
        rules.addRule(rule, Map.of(SupervisionRule.DEPARTMENT_PROPERTY, department, "service.id",
                (long) rules.rules().size() + 1));
    }

    static List<String> codes(Set<String> roles) {
        return inbox.page("reader", roles, false, false, 0, 50).items().stream()
                .filter(item -> item.kind() == ItemKind.ALERT)
                .map(InboxItem::code)
                .toList();
    }

    @Test
    void aMajorHazardReachesTheDepartmentsAndTheCommitteeWithTheRulesAlerts() {
        FakeRule stations = FakeRule.raising("station-major-hazard", Set.of("org/safegrid/hazard/*"),
                "dept-emergency", "village-baishiyi");
        FakeRule planning = FakeRule.raising("planning-rule", Set.of("org/safegrid/*"), "dept-planning");
        addRule("emergency", stations);
        addRule("planning", planning);

        handler.handleEvent(event("org/safegrid/hazard/CREATED", "hazardId", 42L, "enterpriseId", 7L, "department",
                "emergency", "level", "MAJOR", "state", "REPORTED", "user", "zhang"));

        assertEquals(List.of(DataScope.everything()), enterprises.scopes, "the profile is read whatever the scope");
        assertEquals("白市驿加油站", stations.seen.get(0).enterprise().name());
        assertEquals(List.of(), planning.seen, "planning does not regulate the station");
        assertEquals(Set.of("major-hazard-reported", "station-major-hazard"),
                Set.copyOf(codes(Set.of("dept-emergency"))));
        assertEquals(List.of("major-hazard-reported"), codes(Set.of("committee")));
        assertEquals(List.of("major-hazard-reported"), codes(Set.of("dept-citymgmt")), "the second department");
        assertEquals(List.of("station-major-hazard"), codes(Set.of("village-baishiyi")));
        assertEquals(List.of(), codes(Set.of("dept-planning")));
    }

    @Test
    void aThrowingRuleLosesNothingElse() throws Exception {
        addRule("citymgmt", new FakeRule(Set.of("org/safegrid/hazard/OVERDUE"), e -> {
            throw new IllegalStateException("bug");
        }));
        addRule("emergency", FakeRule.raising("overdue-follow-up", Set.of("org/safegrid/hazard/OVERDUE"),
                "dept-emergency"));
        handler.handleEvent(event("org/safegrid/hazard/OVERDUE", "hazardId", 42L, "enterpriseId", "7",
                "department", "emergency", "level", "GENERAL", "deadline", "2026-11-10"));
        assertEquals(Set.of("hazard-overdue", "overdue-follow-up"), Set.copyOf(codes(Set.of("dept-emergency"))));
        assertEquals(2, unit.count("SELECT COUNT(*) FROM SG_INB_ALERT"));
    }

    @Test
    void anUnknownEnterpriseStillGetsThePlatformsAlertButNoRule() throws Exception {
        FakeRule rule = FakeRule.raising("x", Set.of("org/safegrid/*"), "dept-emergency");
        addRule("emergency", rule);
        handler.handleEvent(event("org/safegrid/hazard/CREATED", "hazardId", 5L, "enterpriseId", 999L, "department",
                "emergency", "level", "MAJOR"));
        assertEquals(List.of(), rule.seen);
        assertEquals(List.of("major-hazard-reported"), codes(Set.of("committee")));
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_INB_ALERT WHERE ENTERPRISE_ID = 999 AND DEPARTMENT IS"
                + " NULL"));
    }

    @Test
    void aFailingRegistryStillLetsThePlatformWarn() throws Exception {
        FakeRule rule = FakeRule.raising("x", Set.of("org/safegrid/*"), "dept-emergency");
        addRule("emergency", rule);
        enterprises.failing = true;
        handler.handleEvent(event("org/safegrid/hazard/OVERDUE", "hazardId", 5L, "enterpriseId", 7L, "department",
                "emergency", "level", "GENERAL"));
        assertEquals(List.of(), rule.seen);
        assertEquals(List.of("hazard-overdue"), codes(Set.of("dept-emergency")));
    }

    @Test
    void eventsAboutNoEnterpriseAreNotHandedOn() {
        addRule("emergency", FakeRule.raising("x", Set.of("org/safegrid/*"), "dept-emergency"));
        handler.handleEvent(event("org/safegrid/module/ADDED", "module", "emergency"));
        handler.handleEvent(event("org/safegrid/hazard/CREATED", "enterpriseId", "not-a-number"));
        assertEquals(List.of(), work.submitted);
        assertEquals(List.of(), enterprises.scopes);
    }

    @Test
    void enforcementWorkRecordsTheUsersDay() {
        EnforcementActivity activity = new EnforcementActivity(work, duties);
        activity.handleEvent(event("org/safegrid/enforcement/INSPECTION_RECORDED", "inspectionId", 3L,
                "enterpriseId", 7L, "department", "emergency", "village", "baishiyi", "user", "zhao", "kind",
                "ROUTINE"));
        activity.handleEvent(event("org/safegrid/enforcement/ORDER_ISSUED", "caseId", 4L, "enterpriseId", 7L,
                "department", "emergency", "user", "zhao"));
        activity.handleEvent(event("org/safegrid/enforcement/REPEAT_OFFENDER", "caseId", 4L, "enterpriseId", 7L,
                "user", "system"));
        activity.handleEvent(event("org/safegrid/enforcement/RECTIFIED", "caseId", 4L, "enterpriseId", 7L));

        List<DutyEntry> entries = duties.own("zhao", null, null, 0, 20).items();
        assertEquals(1, entries.size(), "one entry a day");
        DutyEntry entry = entries.get(0);
        assertEquals("2026-11-12", entry.periodKey());
        assertEquals("org/safegrid/enforcement/INSPECTION_RECORDED", entry.source());
        assertEquals("emergency", entry.department());
        assertEquals("baishiyi", entry.village());
        assertEquals(2, work.submitted.size(), "the system's and the anonymous events are not handed on");
        assertTrue(duties.own("system", null, null, 0, 20).items().isEmpty());
    }
}
