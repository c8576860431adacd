package org.safegrid.inbox.internal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.enterprises.api.Page;
import org.safegrid.inbox.internal.alert.AlertStore;
import org.safegrid.inbox.internal.duty.DutyService;
import org.safegrid.inbox.internal.duty.DutyStore;
import org.safegrid.inbox.internal.testing.Clocks;
import org.safegrid.inbox.internal.testing.FakeCalendar;
import org.safegrid.testing.DerbyUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox over {@value #ALERTS} alerts, spread over {@value #DAYS} days, each to the committee office and one of six
 * departments, every third also to a village; the reader has read every other one. Every query must answer well under
 * a second: they read the index (role, created at) and page in SQL.
 */
class InboxScaleTest {

    static final int ALERTS = 100_000;
    static final int DAYS = 60;
    static final long LIMIT_MS = 1000;
    static final String[] DEPARTMENTS = {"emergency", "planning", "economic", "culture", "agriculture",
            "citymgmt"};
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 12, 10, 0);
    static final Clock CLOCK = Clocks.at(NOW);

    private static final Logger LOG = LoggerFactory.getLogger(InboxScaleTest.class);

    static DerbyUnit unit;
    static InboxService inbox;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("inbox-scale", DerbyUnit.INBOX);
        long started = System.nanoTime();
        fill();
        LOG.info("{} alerts stored in {} ms", ALERTS, (System.nanoTime() - started) / 1_000_000);
        DutyService duties = new DutyService(new DutyStore(unit.jpa(), unit.schema()),
                FakeCalendar.nationalDay2026()::isWorkingDay, CLOCK);
        inbox = new InboxService(duties, new AlertStore(unit.jpa(), unit.schema()), CLOCK);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    static void fill() throws Exception {
        LocalDateTime nowUtc = NOW.atZone(Clocks.TOWN).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        long spanSeconds = DAYS * 86_400L;
        try (Connection c = unit.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO SG_INB_ALERT (CODE, LEVEL, TITLE_ZH,"
                    + " TITLE_EN, MESSAGE_ZH, MESSAGE_EN, LINK, ENTERPRISE_ID, DEPARTMENT, VILLAGE, SOURCE_TOPIC,"
                    + " RAISED_BY, CREATED_AT) VALUES ('hazard-overdue', 'WARNING', '隐患逾期未整改', 'Hazard overdue',"
                    + " ?, ?, ?, ?, ?, ?, 'org/safegrid/hazard/OVERDUE', NULL, ?)")) {
                for (int i = 0; i < ALERTS; i++) {
                    insert.setString(1, "某企业的隐患 #" + i + " 已超过整改期限，请督促整改并跟踪销号。");
                    insert.setString(2, "Hazard #" + i + " is past its rectification deadline.");
                    insert.setString(3, "#/hazards/" + i);
                    insert.setLong(4, 1 + i % 10_000);
                    insert.setString(5, DEPARTMENTS[i % DEPARTMENTS.length]);
                    insert.setString(6, "v" + (i % 20));
                    insert.setTimestamp(7, Timestamp.valueOf(nowUtc.minusSeconds(spanSeconds * i / ALERTS)));
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            var sql = c.createStatement();
            sql.executeUpdate("INSERT INTO SG_INB_ALERT_ROLE (ALERT_ID, ROLE, CREATED_AT)"
                    + " SELECT ID, 'committee', CREATED_AT FROM SG_INB_ALERT");
            sql.executeUpdate("INSERT INTO SG_INB_ALERT_ROLE (ALERT_ID, ROLE, CREATED_AT)"
                    + " SELECT ID, 'dept-' || DEPARTMENT, CREATED_AT FROM SG_INB_ALERT");
            sql.executeUpdate("INSERT INTO SG_INB_ALERT_ROLE (ALERT_ID, ROLE, CREATED_AT)"
                    + " SELECT ID, 'village-' || VILLAGE, CREATED_AT FROM SG_INB_ALERT WHERE MOD(ID, 3) = 0");
            sql.executeUpdate("INSERT INTO SG_INB_ALERT_READ (ALERT_ID, USERNAME, READ_AT)"
                    + " SELECT ID, 'li', CREATED_AT FROM SG_INB_ALERT WHERE MOD(ID, 2) = 0");
            c.commit();
            // fresh statistics, as a database that has lived with its data would have
            sql.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'SG_INB_ALERT_ROLE', NULL)");
            sql.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'SG_INB_ALERT_READ', NULL)");
            c.commit();
        }
        assertEquals(ALERTS * 2L + ALERTS / 3, unit.count("SELECT COUNT(*) FROM SG_INB_ALERT_ROLE"));
    }

    /** Runs the query twice (the first warms the caches) and checks the second against the limit. */
    static <T> T timed(String what, Supplier<T> query) {
        query.get();
        long started = System.nanoTime();
        T result = query.get();
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info("{}: {} ms", what, ms);
        assertTrue(ms < LIMIT_MS, what + " took " + ms + " ms");
        return result;
    }

    @Test
    void aCommitteeMemberWithTwoRoles() {
        Set<String> roles = Set.of("committee", "dept-emergency");
        // the window holds half the alerts, 50,000; the inbox lists the latest 1,000, each once although most are
        // addressed to both roles
        Page<InboxItem> first = timed("committee, first page", () -> inbox.page("li", roles, false, false, 0, 20));
        long duties = first.items().stream().filter(i -> i.kind() != ItemKind.ALERT).count();
        assertTrue(duties > 0 && duties < 20, "the committee office's duties come first: " + duties);
        assertEquals(InboxService.MAX_ALERTS + duties, first.total());
        Page<InboxItem> last = timed("committee, last page",
                () -> inbox.page("li", roles, false, false, (int) (first.total() - 1) / 20, 20));
        assertEquals((int) ((first.total() - 1) % 20) + 1, last.items().size());
        assertTrue(last.items().get(0).at().isAfter(last.items().get(last.items().size() - 1).at()),
                "latest first");
        Page<InboxItem> unread = timed("committee, unread",
                () -> inbox.page("li", roles, false, true, 0, 20));
        assertTrue(unread.items().stream().filter(i -> i.kind() == ItemKind.ALERT).noneMatch(InboxItem::read));
        InboxSummary summary = timed("committee, summary", () -> inbox.summary("li", roles));
        assertTrue(summary.unreadAlerts() > 450 && summary.unreadAlerts() < 550,
                "li read every other alert: " + summary.unreadAlerts());
        assertEquals(unread.total() - duties, summary.unreadAlerts());
    }

    @Test
    void aDepartmentAndAVillage() {
        Page<InboxItem> planning = timed("department, first page",
                () -> inbox.page("wu", Set.of("dept-planning"), true, false, 0, 20));
        assertEquals(20, planning.items().size());
        assertEquals(InboxService.MAX_ALERTS, planning.total(), "8,333 in the window: the latest 1,000 are listed");
        InboxSummary summary = timed("department, summary",
                () -> inbox.summary("wu", Set.of("dept-planning", "inspector")));
        assertEquals(InboxService.MAX_ALERTS, summary.unreadAlerts(), "wu has read nothing");
        // village v3: every 20th alert, a third of them addressed to the village, over 30 of the 60 days: 833
        Page<InboxItem> village = timed("village, unread",
                () -> inbox.page("xu", Set.of("village-v3"), false, true, 0, 20));
        assertTrue(village.total() > 800 && village.total() < 870, String.valueOf(village.total()));
    }
}
