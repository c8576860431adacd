package org.safegrid.checklists.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A month of the town at scale: 10,000 enterprises owing a daily and a weekly self-inspection, three in four of them
 * submitting every working day of November (about 75,000 submissions, the monthly volume of the benchmark).
 */
class ComplianceFiguresScaleTest {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceFiguresScaleTest.class);
    static final int ENTERPRISES = 10_000;
    static Fixture fx;
    static int workingDays;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("checklists-figures-scale");
        Instant registered = Instant.parse("2025-01-01T00:00:00Z");
        for (long id = 1; id <= ENTERPRISES; id++) {
            fx.enterprises.add(id, id % 2 == 0 ? "emergency" : "economic", id % 3 == 0 ? "haitang" : "baishiyi",
                    "fuel-station", EnterpriseStatus.OPERATING, registered);
        }
        fx.contribute("emergency", Definitions.fuel("fuel-daily", Cadence.DAILY, "aa"),
                Definitions.fuel("fuel-weekly", Cadence.WEEKLY, "ww"));
        for (LocalDate day = LocalDate.of(2026, 11, 1); day.isBefore(Fixture.TODAY); day = day.plusDays(1)) {
            workingDays += fx.calendar.isWorkingDay(day) ? 1 : 0;
        }
        try (Connection c = fx.unit.dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO SG_CHK_SUBMISSION (ENTERPRISE_ID,"
                        + " TEMPLATE_CODE, TEMPLATE_VERSION, CADENCE, PERIOD_KEY, PERIOD_START, PERIOD_END,"
                        + " FAILED_ITEMS, SUBMITTED_AT, SUBMITTED_BY) VALUES (?, 'fuel-daily', 1, 'DAILY', ?, ?, ?, 0,"
                        + " ?, 'gen')")) {
            c.setAutoCommit(false);
            int batch = 0;
            for (long id = 1; id <= ENTERPRISES; id++) {
                if (id % 4 == 0) {
                    continue;
                }
                for (LocalDate day = LocalDate.of(2026, 11, 1); day.isBefore(Fixture.TODAY); day = day.plusDays(1)) {
                    if (!fx.calendar.isWorkingDay(day)) {
                        continue;
                    }
                    Period p = Periods.of(Cadence.DAILY, day);
                    insert.setLong(1, id);
                    insert.setString(2, p.key());
                    insert.setDate(3, Date.valueOf(p.start()));
                    insert.setDate(4, Date.valueOf(p.end()));
                    insert.setTimestamp(5, Timestamp.from(Fixture.NOW));
                    insert.addBatch();
                    if (++batch % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void aMonthOfTheTownInWellUnderASecond() {
        ComplianceFigures figures = new ComplianceFigures(fx.enterprises, fx.templates, fx.calendar, fx.jpa,
                Fixture.ZONE);
        ReportRequest request = new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 11)), DataScope.everything(),
                Fixture.TODAY);
        figures.compute(request); // warm up
        long start = System.nanoTime();
        var set = figures.compute(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("Self-inspection compliance of a month, 10,000 enterprises, {} submissions: {} ms",
                7_500 * workingDays, millis);
        // weeks ending 1, 8, 15 and 22 November are owed and none was submitted
        long owed = (long) ENTERPRISES * (workingDays + 4);
        assertEquals(FigureValue.rate(7_500L * workingDays, owed),
                set.values().get(ReportUnit.town()).get(CoreFigures.SELF_INSPECTION_COMPLIANCE));
        assertEquals(FigureValue.rate(2_500L * workingDays, (ENTERPRISES / 2) * (long) (workingDays + 4)),
                set.values().get(ReportUnit.department("emergency")).get(CoreFigures.SELF_INSPECTION_COMPLIANCE),
                "even ids: half of them submit");
        assertTrue(millis < 1500, "took " + millis + " ms");
    }
}
