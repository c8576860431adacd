package org.safegrid.dept.culture.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.dept.culture.internal.Events.event;
import static org.safegrid.dept.culture.internal.Events.failed;
import static org.safegrid.dept.culture.internal.Events.stored;
import static org.safegrid.dept.culture.internal.Events.unassessed;
import static org.safegrid.dept.culture.internal.Events.with;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.supervision.Alert;

class EventChecksTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    static List<String> codes(List<Alert> alerts) {
        return alerts.stream().map(Alert::code).toList();
    }

    @Test
    void aWellPreparedEventRaisesNothing() {
        assertEquals(List.of(), EventChecks.check(stored(1, event("迎新春文艺汇演", NOW.plusDays(3))), NOW, 7));
    }

    @Test
    void anUnassessedEventFarAheadIsAWarningToTheCentre() {
        List<Alert> alerts = EventChecks.check(stored(1, unassessed("元旦晚会", NOW.plusDays(30))), NOW, 7);
        assertEquals(List.of(EventChecks.NO_ASSESSMENT), codes(alerts));
        assertEquals(Alert.Level.WARNING, alerts.get(0).level());
        assertEquals(Set.of("dept-culture"), alerts.get(0).roles());
        assertEquals("#/m/culture/events?event=1", alerts.get(0).link());
        assertTrue(alerts.get(0).message().zh().contains("元旦晚会"));
    }

    @Test
    void withinTheLeadDaysItIsCriticalAndTheCommitteeHearsAndAMissingPlanToo() {
        var d = with(unassessed("灯会", NOW.plusDays(6)), 2000, 3000, false, false);
        List<Alert> alerts = EventChecks.check(stored(2, d), NOW, 7);
        assertEquals(List.of(EventChecks.NO_ASSESSMENT, EventChecks.NO_PLAN), codes(alerts));
        assertEquals(Alert.Level.CRITICAL, alerts.get(0).level());
        assertEquals(Set.of("dept-culture", "committee"), alerts.get(0).roles());
        assertEquals(Alert.Level.WARNING, alerts.get(1).level());
    }

    @Test
    void aFailedAssessmentCountsAsNone() {
        List<Alert> alerts = EventChecks.check(stored(3, failed(event("音乐节", NOW.plusDays(2)))), NOW, 7);
        assertEquals(List.of(EventChecks.NO_ASSESSMENT), codes(alerts));
        assertTrue(alerts.get(0).title().zh().contains("未通过"));
    }

    @Test
    void overCapacityIsAlwaysCritical() {
        var d = with(event("庙会", NOW.plusDays(40)), 5000, 3000, true, false);
        List<Alert> alerts = EventChecks.check(stored(4, d), NOW, 7);
        assertEquals(List.of(EventChecks.OVER_CAPACITY), codes(alerts));
        assertEquals(Alert.Level.CRITICAL, alerts.get(0).level());
        assertTrue(alerts.get(0).message().en().contains("5000"));
    }

    @Test
    void cancelledAndFinishedEventsRaiseNothing() {
        assertEquals(List.of(), EventChecks.check(stored(5, with(unassessed("a", NOW.plusDays(1)), 10, 5, false,
                true)), NOW, 7));
        assertEquals(List.of(), EventChecks.check(stored(6, unassessed("b", NOW.minusDays(1))), NOW, 7));
        // running now: still checked
        assertEquals(1, EventChecks.check(stored(7, unassessed("c", NOW.minusHours(1))), NOW, 7).size());
    }
}
