package org.safegrid.inbox.internal.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.enterprises.api.Page;
import org.safegrid.inbox.internal.testing.Clocks;
import org.safegrid.inbox.internal.testing.Errors;
import org.safegrid.inbox.internal.testing.FakeCalendar;
import org.safegrid.testing.DerbyUnit;

/** Duty entries against the real change log on Derby; the town's clock reads Thursday 12 November 2026, 10:00. */
class DutyServiceTest {

    static final Set<String> INSPECTOR = Set.of("inspector", "dept-emergency");
    static final Set<String> COMMITTEE = Set.of("committee", "dept-emergency");
    static final Set<String> HEAD = Set.of("head", "dept-emergency");
    static final Set<String> VILLAGE_HEAD = Set.of("head", "deputy-head", "village-baishiyi");

    static DerbyUnit unit;
    static DutyService duties;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("inbox-duties", DerbyUnit.INBOX);
        DutyStore store = new DutyStore(unit.jpa(), unit.schema());
        duties = new DutyService(store, FakeCalendar.nationalDay2026()::isWorkingDay,
                Clocks.at(LocalDateTime.of(2026, 11, 12, 10, 0)));
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    @Test
    void theSchemaIsAtItsVersion() {
        assertEquals(List.of("inbox-1", "inbox-2"), unit.changeSets);
    }

    @Test
    void recordsAnEntryByHand() {
        DutyEntry entry = duties.record("wang", VILLAGE_HEAD, new DutyInput("WEEKLY_SCHEDULE", "2026-W46",
                "安排本周检查：加油站 3 家"), false);
        assertTrue(entry.id() > 0);
        assertEquals("wang", entry.username());
        assertEquals(DutyLayer.DEPUTY_HEAD, entry.layer());
        assertEquals(LocalDate.of(2026, 11, 9), entry.periodStart());
        assertEquals(LocalDate.of(2026, 11, 15), entry.periodEnd());
        assertEquals("baishiyi", entry.village());
        assertNull(entry.department());
        assertEquals("MANUAL", entry.source());
        assertFalse(entry.automatic());
        assertEquals(LocalDateTime.of(2026, 11, 12, 2, 0).toInstant(java.time.ZoneOffset.UTC), entry.createdAt());
        assertEquals(entry, duties.own("wang", null, null, 0, 20).items().get(0), "stored as answered");
    }

    @Test
    void onlyAKindTheRolesOweMayBeRecorded() {
        var e = Errors.expect(Kind.FORBIDDEN, "duty_not_owed", () -> duties.record("li", COMMITTEE,
                new DutyInput("MONTHLY_CHECK", "2026-11", "checked"), true));
        assertEquals("Your roles do not owe 'MONTHLY_CHECK' (it needs the role head together with a department or"
                + " village role)", e.getMessage());
        Errors.expect(Kind.FORBIDDEN, "duty_not_owed", () -> duties.record("li", Set.of("head"),
                new DutyInput("MONTHLY_CHECK", "2026-11", "checked"), false));
        Errors.expect(Kind.FORBIDDEN, "duty_not_owed", () -> duties.record("li", INSPECTOR,
                new DutyInput("DAILY_REVIEW", "2026-11-12", "reviewed"), false));
        assertEquals(0, duties.own("li", null, null, 0, 20).total(), "nothing stored");
    }

    @Test
    void thePeriodMustBeDue() {
        var future = Errors.expect(Kind.INVALID, "period_not_due", () -> duties.record("zhao", INSPECTOR,
                new DutyInput("ENFORCEMENT_DAY", "2026-11-13", "tomorrow"), true));
        assertEquals(Map.of("periodKey", "2026-11-13", "reason", "future"), future.details());
        var old = Errors.expect(Kind.INVALID, "period_not_due", () -> duties.record("zhao", INSPECTOR,
                new DutyInput("ENFORCEMENT_DAY", "2026-10-12", "long ago"), false));
        assertEquals("too_old", old.details().get("reason"));
        assertEquals("周期 2026-10-12 已结束超过 30 天，不能再补报", old.getMessage());
        var sunday = Errors.expect(Kind.INVALID, "period_not_due", () -> duties.record("zhao", INSPECTOR,
                new DutyInput("ENFORCEMENT_DAY", "2026-11-08", "Sunday"), true));
        assertEquals("not_working_day", sunday.details().get("reason"));
        Errors.expect(Kind.INVALID, "period_not_due", () -> duties.record("zhao", COMMITTEE,
                new DutyInput("MONTHLY_INSPECTION", "2026-12", "next month"), true));

        assertEquals("2026-10-13", duties.record("zhao", INSPECTOR, new DutyInput("ENFORCEMENT_DAY", "2026-10-13",
                "30 days ago, still in time"), true).periodKey());
        assertEquals("2026-10", duties.record("zhao", HEAD, new DutyInput("MONTHLY_CHECK", "2026-10", "late"), true)
                .periodKey(), "the month before is overdue but may still be recorded");
    }

    @Test
    void aSecondEntryForThePeriodIsAConflict() {
        duties.record("sun", COMMITTEE, new DutyInput("DAILY_REVIEW", "2026-11-12", "first"), true);
        var e = Errors.expect(Kind.CONFLICT, "already_recorded", () -> duties.record("sun", COMMITTEE,
                new DutyInput("DAILY_REVIEW", "2026-11-12", "second"), true));
        assertEquals(Map.of("kind", "DAILY_REVIEW", "periodKey", "2026-11-12"), e.details());
        duties.record("sun", COMMITTEE, new DutyInput("DAILY_REVIEW", "2026-11-11", "another day"), true);
        duties.record("qian", COMMITTEE, new DutyInput("DAILY_REVIEW", "2026-11-12", "another user"), true);
        assertEquals(2, duties.own("sun", null, null, 0, 20).total());
    }

    @Test
    void enforcementWorkRecordsTheInspectorsDay() {
        DutyEntry auto = duties.recordEnforcementDay("zhou", "org/safegrid/enforcement/INSPECTION_RECORDED",
                "planning", "baishiyi").orElseThrow();
        assertTrue(auto.automatic());
        assertEquals("2026-11-12", auto.periodKey());
        assertEquals("planning", auto.department());
        assertEquals("org/safegrid/enforcement/INSPECTION_RECORDED", auto.source());
        assertTrue(duties.recordEnforcementDay("zhou", "org/safegrid/enforcement/ORDER_ISSUED", "planning",
                "baishiyi").isEmpty(), "once a day");
        Errors.expect(Kind.CONFLICT, "already_recorded", () -> duties.record("zhou", INSPECTOR,
                new DutyInput("ENFORCEMENT_DAY", "2026-11-12", "by hand too"), true));

        List<OwedDuty> owed = duties.owed("zhou", INSPECTOR);
        assertEquals(new OwedDuty(DutyKind.ENFORCEMENT_DAY, DutyPeriods.of(DutyKind.ENFORCEMENT_DAY.cadence(),
                LocalDate.of(2026, 11, 12)), DutyState.DONE), owed.get(0));
        assertEquals(DutyState.OVERDUE, owed.get(1).state(), "11 November was not recorded");
    }

    @Test
    void whatAUserOwes() {
        assertEquals(List.of(), duties.owed("nobody", Set.of("dept-emergency", "admin")));
        duties.record("wang", VILLAGE_HEAD, new DutyInput("MONTHLY_CHECK", "2026-10", "October checked"), true);
        List<OwedDuty> owed = duties.owed("wang", VILLAGE_HEAD);
        // weekly: W46 (current) back to W42 (ended 18 October, within 30 days of 12 November); monthly: 11, 10
        assertEquals(List.of("WEEKLY_SCHEDULE:2026-W46:DUE", "WEEKLY_SCHEDULE:2026-W45:OVERDUE",
                "WEEKLY_SCHEDULE:2026-W44:OVERDUE", "WEEKLY_SCHEDULE:2026-W43:OVERDUE",
                "WEEKLY_SCHEDULE:2026-W42:OVERDUE", "MONTHLY_CHECK:2026-11:DUE",
                "MONTHLY_CHECK:2026-10:DONE"),
                owed.stream().map(d -> d.kind() + ":" + d.period().key() + ":" + d.state()).toList());
    }

    @Test
    void ownEntriesByPeriodAndPage() {
        for (int d = 2; d <= 6; d++) {
            duties.record("zhao", INSPECTOR, new DutyInput("ENFORCEMENT_DAY", "2026-11-0" + d, "day " + d), true);
        }
        duties.record("other", INSPECTOR, new DutyInput("ENFORCEMENT_DAY", "2026-11-04", "not mine"), true);
        Page<DutyEntry> first = duties.own("zhao", null, null, 0, 2);
        assertEquals(5, first.total());
        assertEquals(List.of("2026-11-06", "2026-11-05"), first.items().stream().map(DutyEntry::periodKey).toList());
        assertEquals(List.of("2026-11-02"), duties.own("zhao", null, null, 2, 2).items().stream()
                .map(DutyEntry::periodKey).toList());
        Page<DutyEntry> range = duties.own("zhao", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4), 0, 20);
        assertEquals(List.of("2026-11-04", "2026-11-03"), range.items().stream().map(DutyEntry::periodKey).toList());
    }

    @Test
    void theTeamViewIsForHeadsTheCommitteeAndAdmins() {
        duties.record("zhao", INSPECTOR, new DutyInput("ENFORCEMENT_DAY", "2026-11-12", "inspected"), true);
        duties.record("qian", Set.of("inspector", "dept-planning"), new DutyInput("ENFORCEMENT_DAY", "2026-11-12",
                "inspected"), true);
        duties.record("wang", VILLAGE_HEAD, new DutyInput("WEEKLY_SCHEDULE", "2026-W46", "scheduled"), true);
        duties.record("sun", COMMITTEE, new DutyInput("DAILY_REVIEW", "2026-11-12", "reviewed"), true);
        duties.recordEnforcementDay("zhou", "org/safegrid/enforcement/ORDER_ISSUED", "emergency", "baishiyi");

        TeamFilter emergency = new TeamFilter("emergency", null, false);
        Page<DutyEntry> team = duties.team(HEAD, emergency, null, null, 0, 20, true);
        assertEquals(List.of("zhao", "zhou"), team.items().stream().map(DutyEntry::username).toList(),
                "the department's own entries and the enforcement done at its enterprises");
        assertEquals(2, duties.team(Set.of("committee"), emergency, null, null, 0, 20, true).total());
        assertEquals(2, duties.team(Set.of("admin"), emergency, null, null, 0, 20, true).total());
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> duties.team(Set.of("head", "dept-planning"), emergency,
                null, null, 0, 20, true));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> duties.team(INSPECTOR, emergency, null, null, 0, 20,
                true));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> duties.team(Set.of("dept-emergency"), emergency, null,
                null, 0, 20, true));

        TeamFilter village = new TeamFilter(null, "baishiyi", false);
        assertEquals(List.of("zhou", "wang"), duties.team(VILLAGE_HEAD, village, null, null, 0, 20, false).items()
                .stream().map(DutyEntry::username).toList());
        TeamFilter office = new TeamFilter(null, null, true);
        assertEquals(List.of("sun"), duties.team(Set.of("committee"), office, null, null, 0, 20, false).items()
                .stream().map(DutyEntry::username).toList());
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> duties.team(HEAD, office, null, null, 0, 20, false));
        assertEquals(0, duties.team(HEAD, emergency, LocalDate.of(2026, 11, 13), null, 0, 20, false).total());
    }
}
