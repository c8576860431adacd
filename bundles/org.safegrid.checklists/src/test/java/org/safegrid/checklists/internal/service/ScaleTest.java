package org.safegrid.checklists.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.checklists.internal.model.OverdueRow;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;

/**
 * 10,000 enterprises, 60 days of daily and weekly self-inspections for every tenth of them (about 49,000
 * submissions): the overdue list answers a page, a due list one enterprise, each reading only its own window.
 */
class ScaleTest {

    static final int ENTERPRISES = 10_000;
    static Fixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("service-scale");
        Instant registered = Instant.parse("2025-01-01T00:00:00Z");
        for (long id = 1; id <= ENTERPRISES; id++) {
            fx.enterprises.add(id, id % 2 == 0 ? "emergency" : "economic", "baishiyi", "fuel-station",
                    EnterpriseStatus.OPERATING, registered);
        }
        fx.contribute("emergency", Definitions.fuel("fuel-daily", Cadence.DAILY, "aa"),
                Definitions.fuel("fuel-weekly", Cadence.WEEKLY, "ww"));
        try (Connection c = fx.unit.dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO SG_CHK_SUBMISSION (ENTERPRISE_ID,"
                        + " TEMPLATE_CODE, TEMPLATE_VERSION, CADENCE, PERIOD_KEY, PERIOD_START, PERIOD_END,"
                        + " FAILED_ITEMS, SUBMITTED_AT, SUBMITTED_BY) VALUES (?, ?, 1, ?, ?, ?, ?, 0, ?, 'gen')")) {
            c.setAutoCommit(false);
            int batch = 0;
            for (long id = 10; id <= ENTERPRISES; id += 10) {
                for (LocalDate day = Fixture.TODAY.minusDays(60); day.isBefore(Fixture.TODAY); day = day.plusDays(1)) {
                    if (fx.calendar.isWorkingDay(day)) {
                        add(insert, id, "fuel-daily", Periods.of(Cadence.DAILY, day));
                        batch++;
                    }
                    if (day.getDayOfWeek().getValue() == 1) {
                        add(insert, id, "fuel-weekly", Periods.of(Cadence.WEEKLY, day));
                        batch++;
                    }
                    if (batch >= 5000) {
                        insert.executeBatch();
                        batch = 0;
                    }
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    static void add(PreparedStatement insert, long id, String code, org.safegrid.checklists.api.Period p)
            throws Exception {
        insert.setLong(1, id);
        insert.setString(2, code);
        insert.setString(3, p.cadence().name());
        insert.setString(4, p.key());
        insert.setDate(5, Date.valueOf(p.start()));
        insert.setDate(6, Date.valueOf(p.end()));
        insert.setTimestamp(7, Timestamp.from(Fixture.NOW));
        insert.addBatch();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void theOverdueListAnswersAPageQuickly() throws Exception {
        assertTrue(fx.unit.count("SELECT COUNT(*) FROM SG_CHK_SUBMISSION") > 40_000);
        fx.due.overdue(null, null, 0, 100, DataScope.everything()); // warm up
        long start = System.nanoTime();
        Page<OverdueRow> page = fx.due.overdue(null, null, 5, 100, DataScope.everything());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ENTERPRISES, page.total());
        assertEquals(100, page.items().size());
        for (OverdueRow row : page.items()) {
            assertEquals(6, row.owed(), "five working days and a week");
            assertEquals(row.enterpriseId() % 10 == 0 ? 0 : 6, row.overdue(), "enterprise " + row.enterpriseId());
        }
        assertTrue(millis < 2000, "a page of the overdue list took " + millis + " ms");
    }

    @Test
    void aDueListAndComplianceReadOneEnterprise() {
        var enterprise = fx.enterprises.get(500, DataScope.everything()).orElseThrow();
        long start = System.nanoTime();
        var due = fx.due.due(enterprise, Fixture.TODAY);
        Compliance compliance = fx.checklists.compliance(fx.enterprises.profile(enterprise),
                Fixture.TODAY.minusDays(59), Fixture.TODAY);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("2026-W48", "2026-11-27"), due.stream().map(e -> e.period().key()).toList(),
                "nothing overdue, today's and this week's due");
        assertEquals(compliance.daily().owed(), compliance.daily().done());
        assertEquals(1.0, compliance.rate());
        assertTrue(millis < 2000, "a due list and a compliance took " + millis + " ms");
    }
}
