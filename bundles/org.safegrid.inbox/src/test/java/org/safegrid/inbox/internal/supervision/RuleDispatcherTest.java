package org.safegrid.inbox.internal.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.inbox.internal.testing.FakeRule;

class RuleDispatcherTest {

    static final String CREATED = "org/safegrid/hazard/CREATED";

    static final EnterpriseProfile STATION = new EnterpriseProfile(7, "91500106MA5U00007X", "白市驿加油站",
            "fuel-station", "emergency", "citymgmt", "baishiyi", "ORANGE", Set.of(), 12);

    static SupervisionEvent event(String topic) {
        return new SupervisionEvent(topic, Map.of("hazardId", 42L, "enterpriseId", 7L), STATION);
    }

    static RegisteredRule registered(String department, SupervisionRule rule) {
        return new RegisteredRule(department, department + "-rule", 1, rule);
    }

    @Test
    void onlyTheRegulatingDepartmentsRulesAreAsked() {
        FakeRule first = FakeRule.raising("first", Set.of(CREATED), "dept-emergency");
        FakeRule second = FakeRule.raising("second", Set.of(CREATED), "dept-citymgmt");
        FakeRule other = FakeRule.raising("other", Set.of(CREATED), "dept-planning");
        List<RaisedAlert> raised = RuleDispatcher.dispatch(List.of(registered("emergency", first),
                registered("citymgmt", second), registered("planning", other)), event(CREATED));
        assertEquals(List.of("first:emergency", "second:citymgmt"),
                raised.stream().map(r -> r.alert().code() + ":" + r.raisedBy()).toList());
        assertEquals(List.of(), other.seen, "a department that does not regulate the enterprise is not asked");
        SupervisionEvent seen = first.seen.get(0);
        assertEquals(CREATED, seen.topic());
        assertEquals(STATION, seen.enterprise());
        assertEquals(42L, seen.properties().get("hazardId"));
    }

    @Test
    void topicsMatchExactlyOrByPrefix() {
        FakeRule exact = FakeRule.raising("exact", Set.of(CREATED), "committee");
        FakeRule prefix = FakeRule.raising("prefix", Set.of("org/safegrid/hazard/*"), "committee");
        FakeRule enforcement = FakeRule.raising("enforcement", Set.of("org/safegrid/enforcement/*"), "committee");
        var rules = List.of(registered("emergency", exact), registered("emergency", prefix),
                registered("emergency", enforcement));
        assertEquals(List.of("exact", "prefix"), codes(RuleDispatcher.dispatch(rules, event(CREATED))));
        assertEquals(List.of("prefix"), codes(RuleDispatcher.dispatch(rules, event("org/safegrid/hazard/CLOSED"))));
        assertEquals(List.of("enforcement"),
                codes(RuleDispatcher.dispatch(rules, event("org/safegrid/enforcement/ORDER_ISSUED"))));
    }

    @Test
    void aFailingRuleIsSkippedAndTheOthersStillRun() {
        FakeRule throwing = new FakeRule(Set.of(CREATED), e -> {
            throw new IllegalStateException("rule bug");
        });
        SupervisionRule badTopics = new SupervisionRule() {
            @Override
            public Set<String> topics() {
                throw new NoClassDefFoundError("bundle going away");
            }

            @Override
            public List<Alert> evaluate(SupervisionEvent event) {
                throw new AssertionError("not asked: its topics are unknown");
            }
        };
        FakeRule nullAnswer = new FakeRule(Set.of(CREATED), e -> null);
        FakeRule good = FakeRule.raising("good", Set.of(CREATED), "committee");
        List<RaisedAlert> raised = RuleDispatcher.dispatch(List.of(registered("emergency", throwing),
                registered("emergency", badTopics), registered("emergency", nullAnswer),
                registered("emergency", good)), event(CREATED));
        assertEquals(List.of("good"), codes(raised));
        assertEquals(1, throwing.seen.size(), "it was asked");
    }

    @Test
    void theRegistryFollowsRulesAsTheyComeAndGo() {
        RuleRegistry registry = new RuleRegistry();
        FakeRule rule = FakeRule.raising("a", Set.of(CREATED), "committee");
        FakeRule anonymous = FakeRule.raising("b", Set.of(CREATED), "committee");
        registry.addRule(rule, Map.of(SupervisionRule.DEPARTMENT_PROPERTY, "emergency", "service.id", 11L,
                "component.name", "StationRule"));
        registry.addRule(anonymous, Map.of("service.id", 12L));
        assertEquals(List.of(new RegisteredRule("emergency", "StationRule", 11, rule)), registry.rules(),
                "a rule without a department is ignored");
        registry.removeRule(rule, Map.of("service.id", 11L));
        assertTrue(registry.rules().isEmpty());
    }

    private static List<String> codes(List<RaisedAlert> raised) {
        return raised.stream().map(r -> r.alert().code()).toList();
    }
}
