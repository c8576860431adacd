package org.safegrid.dept.economic.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.dept.economic.internal.EconomicSettings;
import org.safegrid.dept.economic.internal.FakeEnterprises;
import org.safegrid.dept.economic.internal.FakeReminders;
import org.safegrid.dept.economic.internal.model.Team;
import org.safegrid.dept.economic.internal.service.TeamRegistry;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseEvents;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseStatus;

/** The missing-team rule on enterprise events and the weekly sweep through the alert publisher. */
class ChiefEngineerTeamRuleTest {

    final FakeEnterprises enterprises = new FakeEnterprises();
    final FakeReminders reminders = new FakeReminders();
    final Set<Long> withTeams = new HashSet<>();
    final TeamRegistry teams = new TeamRegistry() {
        @Override
        public boolean hasTeam(long enterpriseId) {
            return withTeams.contains(enterpriseId);
        }

        @Override
        public Set<Long> enterprisesWithTeams() {
            return Set.copyOf(withTeams);
        }

        @Override
        public List<Team> all() {
            return List.of();
        }
    };
    Instant now = Instant.parse("2026-11-29T02:00:00Z");
    EconomicSettings settings() {
        return EconomicSettings.fixed(Clock.fixed(now, ZoneId.of("Asia/Shanghai")), 7);
    }

    TeamSweep sweep;

    @AfterEach
    void stop() {
        if (sweep != null) {
            sweep.deactivate();
        }
    }

    SupervisionEvent event(Enterprise e) {
        return new SupervisionEvent(EnterpriseEvents.UPDATED, Map.of(EnterpriseEvents.ENTERPRISE_ID, e.id()),
                enterprises.profile(e));
    }

    @Test
    void anAboveScaleEnterpriseWithoutTeamIsRemindedOncePerWeek() {
        Enterprise e = enterprises.add(1, "重庆渝西机械有限公司", "factory", "economic", "V01", EnterpriseStatus.OPERATING,
                EnterpriseFlag.ABOVE_SCALE);
        ChiefEngineerTeamRule rule = new ChiefEngineerTeamRule(teams, reminders, enterprises, settings());
        List<Alert> alerts = rule.evaluate(event(e));
        assertEquals(1, alerts.size());
        assertEquals(TeamAlerts.CODE, alerts.get(0).code());
        assertEquals(Set.of("dept-economic"), alerts.get(0).roles());
        assertEquals("#/m/economic/teams?enterprise=1", alerts.get(0).link());
        assertEquals(List.of(), rule.evaluate(event(e)), "a second edit the same week says nothing new");

        now = now.plusSeconds(7 * 86400);
        assertEquals(1, new ChiefEngineerTeamRule(teams, reminders, enterprises, settings()).evaluate(event(e)).size());
    }

    @Test
    void teamsSmallClosedOrForeignEnterprisesRaiseNothing() {
        ChiefEngineerTeamRule rule = new ChiefEngineerTeamRule(teams, reminders, enterprises, settings());
        Enterprise withTeam = enterprises.add(1, "甲", "factory", "economic", "V01", EnterpriseStatus.OPERATING,
                EnterpriseFlag.ABOVE_SCALE);
        withTeams.add(1L);
        Enterprise small = enterprises.add(2, "乙", "factory", "economic", "V01", EnterpriseStatus.OPERATING);
        Enterprise closed = enterprises.add(3, "丙", "factory", "economic", "V01", EnterpriseStatus.CLOSED,
                EnterpriseFlag.ABOVE_SCALE);
        Enterprise planning = enterprises.add(4, "丁", "construction-site", "planning", "V01",
                EnterpriseStatus.OPERATING, EnterpriseFlag.ABOVE_SCALE);
        for (Enterprise e : List.of(withTeam, small, closed, planning)) {
            assertEquals(List.of(), rule.evaluate(event(e)), e.name());
        }
    }

    @Test
    void theSweepPublishesForEachMissingTeamAndThenWaitsAWeek() {
        enterprises.add(1, "甲", "factory", "economic", "V01", EnterpriseStatus.OPERATING, EnterpriseFlag.ABOVE_SCALE);
        enterprises.add(2, "乙", "commercial-complex", "economic", "V02", EnterpriseStatus.OPERATING,
                EnterpriseFlag.ABOVE_SCALE);
        enterprises.add(3, "丙", "factory", "economic", "V01", EnterpriseStatus.OPERATING, EnterpriseFlag.ABOVE_SCALE);
        enterprises.add(4, "丁", "factory", "economic", "V01", EnterpriseStatus.SUSPENDED, EnterpriseFlag.ABOVE_SCALE);
        withTeams.add(3L);
        List<Long> published = new ArrayList<>();
        sweep = new TeamSweep(teams, reminders, enterprises, settings());
        assertEquals(0, sweep.sweep(), "without the inbox nothing is published");

        sweep.publisher = publisher(published);
        // the missing check was not claimed while nothing could be published
        assertEquals(2, sweep.sweep());
        assertEquals(Set.of(1L, 2L), Set.copyOf(published));
        assertEquals(0, sweep.sweep(), "the next day's sweep stays quiet");
    }

    static AlertPublisher publisher(List<Long> published) {
        return (department, enterpriseId, alert) -> {
            assertEquals("economic", department);
            assertEquals(TeamAlerts.CODE, alert.code());
            published.add(enterpriseId);
            return published.size();
        };
    }
}
