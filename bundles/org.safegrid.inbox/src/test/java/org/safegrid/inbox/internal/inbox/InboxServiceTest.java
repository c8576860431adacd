package org.safegrid.inbox.internal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.enterprises.api.Page;
import org.safegrid.inbox.internal.alert.AlertOrigin;
import org.safegrid.inbox.internal.alert.AlertStore;
import org.safegrid.inbox.internal.duty.DutyInput;
import org.safegrid.inbox.internal.duty.DutyService;
import org.safegrid.inbox.internal.duty.DutyStore;
import org.safegrid.inbox.internal.supervision.RaisedAlert;
import org.safegrid.inbox.internal.testing.Clocks;
import org.safegrid.inbox.internal.testing.Errors;
import org.safegrid.inbox.internal.testing.FakeCalendar;
import org.safegrid.inbox.internal.testing.FakeRule;
import org.safegrid.testing.DerbyUnit;

/** The inbox over the real change log on Derby; the town's clock reads Thursday 12 November 2026, 10:00. */
class InboxServiceTest {

    static final Clock CLOCK = Clocks.at(LocalDateTime.of(2026, 11, 12, 10, 0));
    static final AlertOrigin ORIGIN = new AlertOrigin("org/safegrid/hazard/CREATED", 7L, "emergency", "baishiyi");
    static final Set<String> DEPT = Set.of("dept-emergency");
    /** Staff of the emergency office posted to a village: two roles an alert may be addressed to, and no duties. */
    static final Set<String> OFFICE = Set.of("dept-emergency", "village-baishiyi");

    static DerbyUnit unit;
    static AlertStore alerts;
    static DutyService duties;
    static InboxService inbox;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("inbox-inbox", DerbyUnit.INBOX);
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
    void clear() throws Exception {
        unit.clear();
    }

    static long alert(String code, Duration ago, String... roles) {
        return alerts.save(new RaisedAlert(FakeRule.alert(code, roles), "emergency"), ORIGIN,
                CLOCK.instant().minus(ago));
    }

    static List<String> codes(Page<InboxItem> page) {
        return page.items().stream().map(InboxItem::code).toList();
    }

    @Test
    void alertsForAnyOfTheRolesLatestFirstEachOnce() {
        alert("old", Duration.ofDays(2), "dept-emergency");
        alert("both", Duration.ofDays(1), "dept-emergency", "village-baishiyi", "committee");
        alert("village-only", Duration.ofHours(1), "village-baishiyi");
        alert("planning", Duration.ofMinutes(5), "dept-planning");

        assertEquals(List.of("village-only", "both", "old"), codes(inbox.page("li", OFFICE, false, false, 0, 20)),
                "an alert to two of the user's roles shows once");
        assertEquals(3, inbox.page("li", OFFICE, false, false, 0, 20).total());
        assertEquals(List.of("both", "old"), codes(inbox.page("zhang", DEPT, false, false, 0, 20)));
        assertEquals(List.of(), codes(inbox.page("nobody", Set.of(), false, false, 0, 20)));
    }

    @Test
    void anAlertReadsInTheCallersLanguage() {
        long id = alert("lang", Duration.ofMinutes(1), "dept-emergency");
        InboxItem zh = inbox.page("zhang", DEPT, false, false, 0, 20).items().get(0);
        assertEquals(ItemKind.ALERT, zh.kind());
        assertEquals(id, zh.id());
        assertEquals("标题 lang", zh.title());
        assertEquals("内容 lang", zh.message());
        assertEquals("INFO", zh.level());
        assertEquals("#/enterprises/1", zh.link());
        assertEquals(CLOCK.instant().minus(Duration.ofMinutes(1)), zh.at());
        assertFalse(zh.read());
        assertEquals("Title lang", inbox.page("zhang", DEPT, true, false, 0, 20).items().get(0).title());
    }

    @Test
    void alertsOlderThanTheWindowAreLeftOut() {
        alert("recent", Duration.ofDays(InboxService.ALERT_DAYS).minusMinutes(1), "dept-emergency");
        alert("too-old", Duration.ofDays(InboxService.ALERT_DAYS).plusMinutes(1), "dept-emergency");
        assertEquals(List.of("recent"), codes(inbox.page("zhang", DEPT, false, false, 0, 20)));
    }

    @Test
    void markingReadIsPerUserAndOnlyForTheAddressees() throws Exception {
        long first = alert("first", Duration.ofHours(2), "dept-emergency", "village-baishiyi");
        alert("second", Duration.ofHours(1), "dept-emergency");
        inbox.markRead(first, "zhang", DEPT, false);
        inbox.markRead(first, "zhang", DEPT, false); // again is fine
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_INB_ALERT_READ"), "marked once");

        Page<InboxItem> all = inbox.page("zhang", DEPT, false, false, 0, 20);
        assertEquals(List.of(false, true), all.items().stream().map(InboxItem::read).toList());
        assertEquals(List.of("second"), codes(inbox.page("zhang", DEPT, false, true, 0, 20)), "unread only");
        assertEquals(List.of("second", "first"), codes(inbox.page("li", OFFICE, false, true, 0, 20)),
                "another user's reading changes nothing for li");

        var e = Errors.expect(Kind.NOT_FOUND, "not_found", () -> inbox.markRead(first, "wu", Set.of(
                "dept-planning"), true));
        assertEquals("Alert " + first + " does not exist", e.getMessage());
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> inbox.markRead(first + 1000, "zhang", DEPT, false));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> inbox.markRead(first, "zhang", Set.of(), false));
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_INB_ALERT_READ"));
    }

    @Test
    void dutiesComeFirstThenAlertsAcrossPages() {
        // a deputy head on 12 November owes W46 (due) and W42..W45 (overdue); W44 recorded
        Set<String> roles = Set.of("deputy-head", "dept-emergency");
        duties.record("wang", roles, new DutyInput("WEEKLY_SCHEDULE", "2026-W44", "scheduled"), false);
        for (int i = 0; i < 5; i++) {
            alert("a" + i, Duration.ofHours(i + 1), "dept-emergency");
        }
        Page<InboxItem> first = inbox.page("wang", roles, false, false, 0, 3);
        assertEquals(4 + 5, first.total());
        assertEquals(List.of(ItemKind.DUTY_OVERDUE, ItemKind.DUTY_OVERDUE, ItemKind.DUTY_OVERDUE),
                first.items().stream().map(InboxItem::kind).toList());
        assertEquals(List.of("2026-W45", "2026-W43", "2026-W42"),
                first.items().stream().map(InboxItem::periodKey).toList(), "the latest overdue first");
        InboxItem overdue = first.items().get(0);
        assertEquals("WARNING", overdue.level());
        assertEquals("逾期未填报：每周执法调度", overdue.title());
        assertEquals("2026-W45（2026-11-02 至 2026-11-08）已结束，未见填报记录；2026-12-08 前仍可补报。", overdue.message());
        assertEquals("#/duties?kind=WEEKLY_SCHEDULE&period=2026-W45", overdue.link());
        assertNull(overdue.id());

        Page<InboxItem> second = inbox.page("wang", roles, true, false, 1, 3);
        assertEquals(List.of(ItemKind.DUTY_DUE, ItemKind.ALERT, ItemKind.ALERT),
                second.items().stream().map(InboxItem::kind).toList());
        assertEquals("Due: Weekly enforcement schedule", second.items().get(0).title());
        assertEquals(List.of("WEEKLY_SCHEDULE", "a0", "a1"), codes(second));
        assertEquals(List.of("a2", "a3", "a4"), codes(inbox.page("wang", roles, false, false, 2, 3)));
        assertEquals(List.of(), codes(inbox.page("wang", roles, false, false, 3, 3)));
        assertEquals(9, inbox.page("wang", roles, false, false, 3, 3).total());
    }

    @Test
    void missedDaysOfADailyDutyMakeOneLine() {
        Set<String> committee = Set.of("committee");
        duties.record("sun", committee, new DutyInput("DAILY_REVIEW", "2026-11-11", "reviewed"), false);
        alert("hazard", Duration.ofHours(1), "committee");
        Page<InboxItem> page = inbox.page("sun", committee, true, false, 0, 20);
        // overdue, by when each became overdue: the missed days (one line, the latest 10 November), W45, W44 (over
        // on 2 November), October (on 1 November), W43, W42; then due: today, W46, November; then the alert
        assertEquals(List.of("DAILY_REVIEW:2026-11-10", "WEEKLY_COORDINATION:2026-W45",
                "WEEKLY_COORDINATION:2026-W44", "MONTHLY_INSPECTION:2026-10", "WEEKLY_COORDINATION:2026-W43",
                "WEEKLY_COORDINATION:2026-W42", "DAILY_REVIEW:2026-11-12", "WEEKLY_COORDINATION:2026-W46",
                "MONTHLY_INSPECTION:2026-11", "hazard:null"),
                page.items().stream().map(i -> i.code() + ":" + i.periodKey()).toList());
        InboxItem missed = page.items().get(0);
        assertEquals(ItemKind.DUTY_OVERDUE, missed.kind());
        assertEquals("Overdue: Committee office daily review", missed.title());
        assertEquals("21 working days of the last 30 have no entry: 2026-11-10, 2026-11-09, 2026-11-06, 2026-11-05,"
                + " 2026-11-04, …. Each may be recorded within 30 days.", missed.message());
        assertEquals(new InboxSummary(1, 3, 21 + 4 + 1, 1 + 3 + 26), inbox.summary("sun", committee),
                "the badge counts every missed period");
    }

    @Test
    void theSummaryCountsForTheBadge() {
        Set<String> roles = Set.of("inspector", "dept-emergency");
        long read = alert("read", Duration.ofHours(3), "dept-emergency");
        alert("unread", Duration.ofHours(2), "dept-emergency");
        inbox.markRead(read, "zhao", roles, false);
        duties.recordEnforcementDay("zhao", "org/safegrid/enforcement/INSPECTION_RECORDED", "emergency", null);
        InboxSummary summary = inbox.summary("zhao", roles);
        assertEquals(1, summary.unreadAlerts());
        assertEquals(0, summary.dutiesDue(), "today's work is recorded");
        // working days from 13 October to 11 November, none of them holidays: 22
        assertEquals(22, summary.dutiesOverdue());
        assertEquals(23, summary.total());
        assertEquals(new InboxSummary(0, 0, 0, 0), inbox.summary("admin", Set.of("admin")));
    }

    @Test
    void anAlertIsStoredWithItsOriginAndCutToTheColumns() throws Exception {
        String longTitle = "长".repeat(300);
        var alert = new org.safegrid.api.supervision.Alert("long-one",
                org.safegrid.api.supervision.Alert.Level.CRITICAL,
                org.safegrid.api.module.LocalizedText.of(longTitle, "t"),
                org.safegrid.api.module.LocalizedText.of("m", "m"), Set.of("dept-planning"), null);
        long id = alerts.save(new RaisedAlert(alert, null), ORIGIN, Instant.parse("2026-11-12T01:00:00Z"));
        InboxItem item = inbox.page("li", Set.of("dept-planning"), false, false, 0, 1).items().get(0);
        assertEquals(id, item.id());
        assertEquals(200, item.title().length());
        assertTrue(item.title().endsWith("…"));
        assertEquals("CRITICAL", item.level());
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_INB_ALERT WHERE ENTERPRISE_ID = 7 AND DEPARTMENT ="
                + " 'emergency' AND VILLAGE = 'baishiyi' AND SOURCE_TOPIC = 'org/safegrid/hazard/CREATED'"
                + " AND RAISED_BY IS NULL"));
    }
}
