package org.safegrid.reports.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.reports.internal.MonthlyArchiver;
import org.safegrid.reports.internal.Settings;
import org.safegrid.reports.internal.testing.Engines;
import org.safegrid.reports.internal.testing.Sample;
import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.testing.DerbyUnit;

class MonthlyArchiverTest {

    private static DerbyUnit unit;
    private static ArchiveStore store;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("reports-archiver", DerbyUnit.REPORTS);
        store = new ArchiveStore(unit.jpa(), unit.schema());
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
    void theDueMonthTurnsAfterTheArchiveHourOfTheFirstInTownTime() {
        // 2026-12-01 00:30 in Shanghai is 2026-11-30 16:30 UTC: October is still the month due
        assertEquals(YearMonth.of(2026, 10), archiver(at("2026-11-30T16:30:00Z")).dueMonth());
        // 01:30 in Shanghai: November
        assertEquals(YearMonth.of(2026, 11), archiver(at("2026-11-30T17:30:00Z")).dueMonth());
        assertEquals(YearMonth.of(2026, 10), archiver(at("2026-11-29T02:00:00Z")).dueMonth());
    }

    @Test
    void theJobCatchesUpWhatIsMissingAndNeverRewrites() throws Exception {
        try (Engines engines = new Engines(at("2026-11-30T17:30:00Z"))) {
            engines.sources.add(Sample.core());
            MonthlyArchiver archiver = new MonthlyArchiver(engines.engine(), store, Settings.DEFAULT, engines.clock);

            List<Long> first = archiver.archiveDue();
            assertEquals(4, first.size(), "the town and its three departments");
            assertTrue(store.exists(ReportUnit.Kind.TOWN, "town", "2026-11"));
            assertTrue(store.exists(ReportUnit.Kind.DEPARTMENT, "planning", "2026-11"));
            assertEquals(List.of(), archiver.archiveDue(), "nothing left to do");

            // a department report gone missing (say the server stopped halfway) is made again, the rest stays
            long kept = store.idOf(ReportUnit.Kind.TOWN, "town", "2026-11").orElseThrow();
            unit.execute("DELETE FROM SG_RPT_ARCHIVE WHERE UNIT = 'economic'");
            assertEquals(1, archiver.archiveDue().size());
            assertEquals(kept, store.idOf(ReportUnit.Kind.TOWN, "town", "2026-11").orElseThrow());

            assertThrows(ArchiveStore.AlreadyArchived.class, () -> archiver.archive(YearMonth.of(2026, 11), "admin"));
            ReportView archived = store.get(kept).orElseThrow().view(false);
            assertEquals("system", store.get(kept).orElseThrow().summary().generatedBy());
            assertEquals("白市驿镇安全生产监管月报（2026年11月）", archived.title());
            assertEquals(Map.of(ReportUnit.Kind.DEPARTMENT, Set.of("planning"), ReportUnit.Kind.VILLAGE,
                    Set.of("v01")), store.lastPlaces("2026-11").orElseThrow());
        }
    }

    private static MonthlyArchiver archiver(Clock clock) {
        try (Engines engines = new Engines(clock)) {
            return new MonthlyArchiver(engines.engine(), store, Settings.DEFAULT, clock);
        }
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
