package org.safegrid.hazards.internal.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.events.Publisher;
import org.safegrid.hazards.internal.model.BoardFilter;
import org.safegrid.hazards.internal.model.BoardSort;
import org.safegrid.hazards.internal.testing.FakeEnterprises;
import org.safegrid.hazards.internal.testing.FakeEventAdmin;
import org.safegrid.hazards.internal.testing.MutableClock;
import org.safegrid.testing.DerbyUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board at the volume the issue asks for: 100,000 hazards of 10,000 enterprises in six departments and twenty
 * villages. Slow to set up (a minute), so it runs only with {@code -Dsafegrid.bench=true}; each query must answer
 * within a second on in-memory Derby.
 */
@EnabledIfSystemProperty(named = "safegrid.bench", matches = "true")
class BoardScaleTest {

    private static final Logger LOG = LoggerFactory.getLogger(BoardScaleTest.class);
    static final int HAZARDS = 100_000;
    static final String[] DEPARTMENTS = {"emergency", "planning", "economic", "culture", "agriculture", "citymgmt"};
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static DerbyUnit unit;
    static HazardRegistry registry;
    static HazardStore store;

    @BeforeAll
    static void load() throws Exception {
        unit = new DerbyUnit("hazards-scale", DerbyUnit.HAZARDS);
        store = new HazardStore(unit.jpa(), unit.schema());
        registry = new HazardRegistry(store, new FakeEnterprises(), new Publisher(new FakeEventAdmin()),
                new MutableClock(Instant.parse("2026-11-28T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        long started = System.nanoTime();
        try (Connection c = unit.dataSource.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("INSERT INTO SG_HAZ_HAZARD (ID, ENTERPRISE_ID,"
                    + " ENTERPRISE_NAME, DEPARTMENT, SECOND_DEPARTMENT, VILLAGE, SOURCE, DESCRIPTION, HAZARD_LEVEL,"
                    + " STATE, DEADLINE, REPORTED_BY, REPORTED_AT, OVERDUE_NOTIFIED, VERSION)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'SELF_INSPECTION', ?, ?, ?, ?, 'generator', ?, FALSE, 1)");
            HazardState[] states = HazardState.values();
            for (int i = 1; i <= HAZARDS; i++) {
                int enterprise = i % 10_000;
                insert.setLong(1, i);
                insert.setLong(2, enterprise);
                insert.setString(3, "企业" + enterprise);
                insert.setString(4, DEPARTMENTS[enterprise % 6]);
                insert.setString(5, enterprise % 5 == 0 ? DEPARTMENTS[(enterprise + 1) % 6] : null);
                insert.setString(6, "village-" + enterprise % 20);
                insert.setString(7, "隐患描述 " + i);
                insert.setString(8, i % 10 == 0 ? "MAJOR" : "GENERAL");
                // 70 % closed, 10 % each open state (by the tens digit, so that it does not follow the department)
                int bucket = i / 10 % 10;
                insert.setString(9, bucket < 7 ? "CLOSED" : states[bucket - 7].name());
                insert.setDate(10, Date.valueOf(TODAY.plusDays(i % 260 - 200)));
                insert.setTimestamp(11, Timestamp.valueOf(TODAY.atStartOfDay().minusDays(i % 365)));
                insert.addBatch();
                if (i % 5_000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            c.commit();
        }
        LOG.info("{} hazards inserted in {} ms", HAZARDS, (System.nanoTime() - started) / 1_000_000);
        // as in production: the statistics Derby's optimizer chooses indexes by
        unit.update("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'SG_HAZ_HAZARD', NULL)");
    }

    @AfterAll
    static void close() {
        if (unit != null) {
            unit.close();
        }
    }

    final List<String> slow = new ArrayList<>();

    /** Runs a query twice (parse and plan, then measure) and notes it when the second run takes a second or more. */
    void fast(String what, Supplier<Object> query) {
        query.get();
        long started = System.nanoTime();
        Object result = query.get();
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info("{}: {} ms ({})", what, ms, result);
        if (ms >= 1000) {
            slow.add(what + " took " + ms + " ms");
        }
    }

    static final DataScope ALL = DataScope.everything();
    static final DataScope EMERGENCY = DataScope.of(Set.of("dept-emergency"));
    static final DataScope VILLAGE = DataScope.of(Set.of("village-village-7"));

    @Test
    void theBoardAnswersWithinASecond() {
        BoardFilter none = BoardFilter.none();
        BoardFilter open = new BoardFilter(null, null, null, HazardState.REPORTED, null, null, null, null);
        BoardFilter overdue = new BoardFilter(null, null, null, null, null, null, true, null);
        fast("all, by deadline", () -> registry.board(ALL, none, BoardSort.DEADLINE, 0, 20).total());
        fast("all, page 200", () -> registry.board(ALL, none, BoardSort.DEADLINE, 200, 20).items().size());
        fast("all, overdue first", () -> registry.board(ALL, none, BoardSort.OVERDUE, 0, 20).total());
        fast("all, overdue first, past the overdue", () -> registry.board(ALL, none, BoardSort.OVERDUE, 1200, 20)
                .items()
                .size());
        fast("all, closed", () -> registry.board(ALL, new BoardFilter(null, null, null, HazardState.CLOSED, null,
                null, null, null), BoardSort.DEADLINE, 100, 20).total());
        fast("all, not overdue", () -> registry.board(ALL, overdue.withOverdue(false), BoardSort.DEADLINE, 100, 20)
                .total());
        fast("all, overdue", () -> registry.board(ALL, overdue, BoardSort.DEADLINE, 100, 20).total());
        fast("department, reported", () -> registry.board(EMERGENCY, open, BoardSort.DEADLINE, 0, 20).total());
        fast("department, overdue", () -> registry.board(EMERGENCY, overdue, BoardSort.DEADLINE, 0, 20).total());
        fast("village", () -> registry.board(VILLAGE, none, BoardSort.DEADLINE, 0, 20).total());
        fast("enterprise", () -> registry.board(ALL, new BoardFilter(42L, null, null, null, null, null, null, null),
                BoardSort.DEADLINE, 0, 20).total());
        fast("text", () -> registry.board(EMERGENCY, new BoardFilter(null, null, null, null, null, null, null,
                "描述 999"), BoardSort.DEADLINE, 0, 20).total());
        fast("stats, all", () -> registry.stats(ALL, none).overdue());
        fast("stats, department", () -> registry.stats(EMERGENCY, none).overdue());
        fast("overdue job query", () -> store.overdueMarks().notNotified(TODAY, 200).size());
        assertTrue(slow.isEmpty(), slow.toString());
    }
}
