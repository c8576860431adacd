package org.safegrid.dept.culture.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.dept.culture.internal.Events.event;
import static org.safegrid.dept.culture.internal.Events.unassessed;
import static org.safegrid.dept.culture.internal.Events.with;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.culture.internal.CultureSettings;
import org.safegrid.dept.culture.internal.dto.PageDto;
import org.safegrid.dept.culture.internal.model.EventQuery;
import org.safegrid.dept.culture.internal.model.LargeEvent;
import org.safegrid.dept.culture.internal.model.PageRequest;
import org.safegrid.testing.DerbyUnit;

/** The event register and the reminders against the real change log on Derby. */
class EventStoreTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    static DerbyUnit unit;
    static EventService events;
    static ReminderStore reminders;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("culture-store", DerbyUnit.CULTURE);
        CultureSettings settings = CultureSettings.fixed(Clock.fixed(NOW.atZone(TOWN).toInstant(), TOWN), 7);
        events = new EventService(unit.jpa(), unit.schema(), settings);
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

    static EventQuery query(LocalDate from, LocalDate to, Boolean assessed) {
        return new EventQuery(new PageRequest(0, 20), from, to, assessed);
    }

    @Test
    void theSchemaIsAtItsVersion() {
        assertEquals(List.of("culture-1", "culture-2"), unit.changeSets);
    }

    @Test
    void anEventIsStoredAsGivenWithWhoAndWhen() {
        LargeEvent created = events.create(event("迎新春文艺汇演", NOW.plusDays(20)), "cul1");
        LargeEvent found = events.find(created.id()).orElseThrow();
        assertEquals(event("迎新春文艺汇演", NOW.plusDays(20)), found.data());
        assertEquals("cul1", found.createdBy());
        assertEquals(NOW, found.createdAt());
    }

    @Test
    void theListFiltersByStartDayAndAssessmentLatestFirst() {
        events.create(event("一", NOW.plusDays(1)), "cul1");
        events.create(unassessed("二", NOW.plusDays(5)), "cul1");
        events.create(event("三", NOW.plusDays(40)), "cul1");
        PageDto<LargeEvent> all = events.list(query(null, null, null));
        assertEquals(3, all.total());
        assertEquals(List.of("三", "二", "一"), all.items().stream().map(e -> e.data().name()).toList());
        assertEquals(List.of("二", "一"), events.list(query(NOW.toLocalDate(), NOW.toLocalDate().plusDays(5), null))
                .items().stream().map(e -> e.data().name()).toList());
        assertEquals(List.of("二"), events.list(query(null, null, false)).items().stream().map(e -> e.data().name())
                .toList());
        PageDto<LargeEvent> second = events.list(new EventQuery(new PageRequest(1, 2), null, null, null));
        assertEquals(List.of("一"), second.items().stream().map(e -> e.data().name()).toList());
    }

    @Test
    void upcomingAndPeriodQueriesSkipCancelledAndFinishedEvents() {
        events.create(event("进行中", NOW.minusHours(1)), "cul1");
        events.create(event("已结束", NOW.minusDays(2)), "cul1");
        events.create(with(event("已取消", NOW.plusDays(2)), 10, null, true, true), "cul1");
        events.create(event("三天后", NOW.plusDays(3)), "cul1");
        events.create(event("一月后", NOW.plusDays(30)), "cul1");
        assertEquals(List.of("进行中", "三天后"), events.upcoming(NOW, NOW.plusDays(7)).stream()
                .map(e -> e.data().name()).toList());
        assertEquals(List.of("已结束", "进行中", "三天后"), events.startingBetween(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 2)).stream().map(e -> e.data().name()).toList());
    }

    @Test
    void anUpdateOrDeleteNeedsTheCurrentVersion() throws Exception {
        LargeEvent created = events.create(unassessed("灯会", NOW.plusDays(10)), "cul1");
        LargeEvent updated = events.update(created.id(), event("灯会", NOW.plusDays(10)), created.version(), "cul2")
                .orElseThrow();
        assertTrue(updated.data().assessed());
        assertEquals("cul2", updated.updatedBy());
        SafeGridException stale = assertThrows(SafeGridException.class,
                () -> events.update(created.id(), unassessed("灯会", NOW.plusDays(10)), created.version(), "cul3"));
        assertEquals(409, stale.kind().status());
        assertEquals("stale_version", stale.code());
        assertTrue(events.find(created.id()).orElseThrow().data().assessed(), "nothing changed");
        assertTrue(events.update(999, event("x", NOW), 0, "cul1").isEmpty());
        assertEquals("stale_version", assertThrows(SafeGridException.class,
                () -> events.delete(created.id(), created.version())).code());
        assertTrue(events.delete(created.id(), updated.version()));
        assertFalse(events.delete(created.id(), updated.version()));
        assertEquals(0, unit.count("SELECT COUNT(*) FROM SG_CUL_EVENT"));
    }

    @Test
    void aReminderIsClaimedOnceADay() {
        LocalDate day = NOW.toLocalDate();
        assertTrue(reminders.claim("large-event-without-assessment/critical", 4, day, 1));
        assertFalse(reminders.claim("large-event-without-assessment/critical", 4, day, 1));
        assertTrue(reminders.claim("large-event-without-assessment/warning", 4, day, 1));
        assertTrue(reminders.claim("large-event-without-assessment/critical", 4, day.plusDays(1), 1));
    }
}
