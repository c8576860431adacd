package org.safegrid.checklists.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safegrid.checklists.internal.testing.Rows.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.checklists.internal.cadence.Calendars;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.FakeEnterprises;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * The daily sweep on a Monday-to-Friday calendar: fuel-station templates daily, weekly and monthly; enterprises 1
 * (emergency), 2 (planning), 3 (a construction site: nothing applies), 4 (closed) and 5 (registered on 1 December).
 */
class OverdueSweepTest {

    static Fixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("checklists-sweep");
        Instant old = FakeEnterprises.REGISTERED;
        fx.enterprises.add(1, "emergency", "baishiyi", "fuel-station", EnterpriseStatus.OPERATING, old);
        fx.enterprises.add(2, "planning", "haitang", "fuel-station", EnterpriseStatus.OPERATING, old);
        fx.enterprises.add(3, "planning", "haitang", "construction-site", EnterpriseStatus.OPERATING, old);
        fx.enterprises.add(4, "emergency", "baishiyi", "fuel-station", EnterpriseStatus.CLOSED, old);
        fx.enterprises.add(5, "emergency", "baishiyi", "fuel-station", EnterpriseStatus.OPERATING,
                Instant.parse("2026-12-01T02:00:00Z"));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @BeforeEach
    void clear() throws Exception {
        fx.clear();
        fx.unit.update("UPDATE SG_CHK_SWEEP SET LAST_DAY = DATE('2000-01-01')");
        fx.contribute("emergency", Definitions.fuel("daily", Cadence.DAILY, "aa"),
                Definitions.fuel("weekly", Cadence.WEEKLY, "aa"), Definitions.fuel("monthly", Cadence.MONTHLY, "aa"));
    }

    static OverdueSweep sweep(ChecklistPublisher publisher) {
        return OverdueSweep.of(fx.enterprises, fx.templates, Calendars.weekdays(), publisher, fx.jpa, Fixture.CLOCK);
    }

    static Set<String> posted() {
        return fx.events.events.stream()
                .map(e -> e.getProperty(ChecklistEvents.ENTERPRISE_ID) + ":"
                        + e.getProperty(ChecklistEvents.TEMPLATE_CODE))
                .collect(Collectors.toSet());
    }

    @Test
    void eachPeriodEndedWithoutASubmissionIsPostedOnce() throws Exception {
        submission(fx.unit, 1, "daily", Cadence.DAILY, "2026-11-30");
        submission(fx.unit, 2, "weekly", Cadence.WEEKLY, "2026-11-29");
        OverdueSweep sweep = sweep(ChecklistPublisher.of(fx.events));

        // Sunday 29 November: week 48 ended; no daily on a day off
        assertEquals(1, sweep.sweep(LocalDate.of(2026, 11, 29)));
        assertEquals(Set.of("1:weekly"), posted());

        // Monday 30 November: the day and the month ended
        fx.events.events.clear();
        assertEquals(3, sweep.sweep(LocalDate.of(2026, 11, 30)));
        assertEquals(Set.of("1:monthly", "2:daily", "2:monthly"), posted());
        Event daily = fx.events.events.stream()
                .filter(e -> "daily".equals(e.getProperty(ChecklistEvents.TEMPLATE_CODE)))
                .findFirst()
                .orElseThrow();
        assertEquals(ChecklistEvents.OVERDUE, daily.getTopic());
        assertEquals(2L, daily.getProperty(ChecklistEvents.ENTERPRISE_ID));
        assertEquals("planning", daily.getProperty(ChecklistEvents.DEPARTMENT));
        assertEquals("DAILY", daily.getProperty(ChecklistEvents.CADENCE));
        assertEquals("2026-11-30", daily.getProperty(ChecklistEvents.PERIOD_KEY));
        assertEquals("2026-11-30", daily.getProperty(ChecklistEvents.PERIOD_END));

        // again, after a restart or on another node: nothing twice, nor an earlier day
        fx.events.events.clear();
        assertEquals(0, sweep(ChecklistPublisher.of(fx.events)).sweep(LocalDate.of(2026, 11, 30)));
        assertEquals(0, sweep.sweep(LocalDate.of(2026, 11, 29)));
        assertEquals(List.of(), fx.events.topics());
    }

    @Test
    void withoutAnEventAdminTheDayIsLeftForLater() throws Exception {
        assertEquals(0, sweep(ChecklistPublisher.of(null)).sweep(LocalDate.of(2026, 11, 30)));
        assertEquals(4, sweep(ChecklistPublisher.of(fx.events)).sweep(LocalDate.of(2026, 11, 30)));
        assertEquals(Set.of("1:daily", "1:monthly", "2:daily", "2:monthly"), posted());
    }
}
