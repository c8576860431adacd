package org.safegrid.inbox.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.inbox.internal.supervision.RegisteredRule;
import org.safegrid.inbox.internal.testing.FakeRule;

class RulesResourceTest {

    @Test
    void rulesAreListedByDepartmentAndNameWithTheirTopics() {
        List<RulesResource.RuleView> views = RulesResource.views(List.of(
                new RegisteredRule("planning", "org.safegrid.dept.planning.internal.rules.MissedWeekRule", 7,
                        FakeRule.raising("a-b", Set.of("org/safegrid/checklist/OVERDUE"), "dept-planning")),
                new RegisteredRule("emergency", "org.safegrid.dept.emergency.internal.LevelsRule", 3,
                        FakeRule.raising("c-d", Set.of("org/safegrid/plate/UPDATED", "org/safegrid/enterprise/*"),
                                "committee"))));
        assertEquals(List.of("emergency", "planning"), views.stream().map(RulesResource.RuleView::department).toList());
        assertEquals("LevelsRule", views.get(0).rule());
        assertEquals(Set.of("org/safegrid/enterprise/*", "org/safegrid/plate/UPDATED"), views.get(0).topics());
        assertEquals("MissedWeekRule", views.get(1).rule());
    }
}
