package org.safegrid.dept.economic.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.economic.internal.EconomicSettings;
import org.safegrid.dept.economic.internal.model.LeaderTitle;
import org.safegrid.dept.economic.internal.model.Member;
import org.safegrid.dept.economic.internal.model.Team;
import org.safegrid.dept.economic.internal.model.TeamData;
import org.safegrid.testing.DerbyUnit;

/** The team store and the reminders against the real change log on Derby. */
class TeamStoreTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    static DerbyUnit unit;
    static TeamService teams;
    static ReminderStore reminders;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("economic-store", DerbyUnit.ECONOMIC);
        EconomicSettings settings = EconomicSettings.fixed(Clock.fixed(NOW.atZone(TOWN).toInstant(), TOWN), 7);
        teams = new TeamService(unit.jpa(), unit.schema(), settings);
        reminders = new ReminderStore(unit.jpa(), unit.schema());
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static TeamData team(long enterpriseId, String... members) {
        return new TeamData(enterpriseId, "张总工", LeaderTitle.CHIEF_ENGINEER, "13812345678", LocalDate.of(2026, 3, 1),
                java.util.Arrays.stream(members).map(n -> new Member(n, "电气", null)).toList(), null);
    }

    @Test
    void theSchemaIsAtItsVersion() {
        assertEquals(List.of("economic-1", "economic-2"), unit.changeSets);
    }

    @Test
    void aTeamIsStoredWithItsMembersInOrder() throws Exception {
        Team created = teams.create(team(5, "李工", "王工", "赵工"), "eco1");
        assertEquals("eco1", created.createdBy());
        assertEquals(NOW, created.createdAt());
        Team found = teams.find(created.id()).orElseThrow();
        assertEquals(List.of("李工", "王工", "赵工"), found.members().stream().map(Member::name).toList());
        assertEquals(3, unit.count("SELECT COUNT(*) FROM SG_ECO_TEAM_MEMBER"));
        assertTrue(teams.hasTeam(5));
        assertFalse(teams.hasTeam(6));
        assertEquals(Set.of(5L), teams.enterprisesWithTeams());
        assertEquals(1, teams.all().size());
    }

    @Test
    void aSecondTeamForTheSameEnterpriseIsAConflict() {
        teams.create(team(5, "李工", "王工"), "eco1");
        SafeGridException e = assertThrows(SafeGridException.class, () -> teams.create(team(5, "赵工", "钱工"), "eco2"));
        assertEquals(409, e.kind().status());
        assertEquals("team_exists", e.code());
        assertEquals(1, teams.all().size());
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndReplacesTheMembers() throws Exception {
        Team created = teams.create(team(5, "李工", "王工"), "eco1");
        Team updated = teams.update(created.id(), team(5, "孙工", "周工", "吴工"), created.version(), "eco2")
                .orElseThrow();
        assertEquals(List.of("孙工", "周工", "吴工"), updated.members().stream().map(Member::name).toList());
        assertEquals("eco2", updated.updatedBy());
        assertTrue(updated.version() > created.version());
        assertEquals(3, unit.count("SELECT COUNT(*) FROM SG_ECO_TEAM_MEMBER"));

        SafeGridException stale = assertThrows(SafeGridException.class,
                () -> teams.update(created.id(), team(5, "郑工", "冯工"), created.version(), "eco3"));
        assertEquals("stale_version", stale.code());
        assertEquals(List.of("孙工", "周工", "吴工"),
                teams.find(created.id()).orElseThrow().members().stream().map(Member::name).toList());
        assertTrue(teams.update(999, team(5, "a", "b"), 0, "eco1").isEmpty());
    }

    @Test
    void movingATeamOntoAnEnterpriseWithOneIsAConflict() {
        teams.create(team(5, "李工", "王工"), "eco1");
        Team other = teams.create(team(6, "李工", "王工"), "eco1");
        assertEquals("team_exists", assertThrows(SafeGridException.class,
                () -> teams.update(other.id(), team(5, "a", "b"), other.version(), "eco1")).code());
    }

    @Test
    void aDeleteNeedsTheCurrentVersion() throws Exception {
        Team created = teams.create(team(5, "李工", "王工"), "eco1");
        assertEquals("stale_version",
                assertThrows(SafeGridException.class, () -> teams.delete(created.id(), created.version() + 1)).code());
        assertTrue(teams.delete(created.id(), created.version()));
        assertFalse(teams.delete(created.id(), created.version()));
        assertEquals(0, unit.count("SELECT COUNT(*) FROM SG_ECO_TEAM_MEMBER"));
    }

    @Test
    void aReminderIsClaimedOncePerQuietPeriod() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertTrue(reminders.claim("above-scale-without-team", 5, day, 7));
        assertFalse(reminders.claim("above-scale-without-team", 5, day.plusDays(6), 7));
        assertTrue(reminders.claim("other-code", 5, day, 7));
        assertTrue(reminders.claim("above-scale-without-team", 6, day, 7));
        assertTrue(reminders.claim("above-scale-without-team", 5, day.plusDays(7), 7));
        assertFalse(reminders.claim("above-scale-without-team", 5, day.plusDays(8), 7));
    }
}
