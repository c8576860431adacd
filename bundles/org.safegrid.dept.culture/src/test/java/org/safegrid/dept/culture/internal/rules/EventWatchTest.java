package org.safegrid.dept.culture.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safegrid.dept.culture.internal.Events.event;
import static org.safegrid.dept.culture.internal.Events.stored;
import static org.safegrid.dept.culture.internal.Events.unassessed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.supervision.Alert;
import org.safegrid.dept.culture.internal.CultureSettings;
import org.safegrid.dept.culture.internal.FakeReminders;
import org.safegrid.dept.culture.internal.model.LargeEvent;
import org.safegrid.dept.culture.internal.service.EventSource;

/** The daily check of the coming week's events and the check after a save, through a recording publisher. */
class EventWatchTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    LocalDateTime now = LocalDateTime.of(2026, 11, 29, 9, 0);
    final List<LargeEvent> all = new ArrayList<>();
    final List<String> published = new ArrayList<>();
    final FakeReminders reminders = new FakeReminders();
    EventWatch watch;

    final EventSource source = new EventSource() {
        @Override
        public List<LargeEvent> upcoming(LocalDateTime from, LocalDateTime to) {
            return all.stream()
                    .filter(e -> e.data().endAt().isAfter(from) && !e.data().startAt().isAfter(to))
                    .toList();
        }

        @Override
        public List<LargeEvent> startingBetween(LocalDate from, LocalDate to) {
            return List.of();
        }
    };

    EventWatch watch() {
        CultureSettings settings = CultureSettings.fixed(Clock.fixed(now.atZone(TOWN).toInstant(), TOWN), 7);
        watch = new EventWatch(source, reminders, settings);
        return watch;
    }

    void withPublisher(EventWatch w) {
        w.publisher = (department, enterpriseId, alert) -> {
            assertEquals("culture", department);
            published.add(alert.code() + ":" + alert.level());
            return published.size();
        };
    }

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.deactivate();
        }
    }

    @Test
    void theDailySweepCoversTheLeadDaysOnceADay() {
        all.add(stored(1, unassessed("灯会", now.plusDays(3))));
        all.add(stored(2, unassessed("元旦晚会", now.plusDays(20))));
        all.add(stored(3, event("文艺汇演", now.plusDays(2))));
        EventWatch w = watch();
        assertEquals(0, w.sweep(), "no inbox: nothing raised, nothing claimed");
        withPublisher(w);
        assertEquals(1, w.sweep());
        assertEquals(List.of(EventChecks.NO_ASSESSMENT + ":" + Alert.Level.CRITICAL), published);
        assertEquals(0, w.sweep(), "the same day: quiet");

        now = now.plusDays(1);
        EventWatch next = watch();
        withPublisher(next);
        assertEquals(1, next.sweep(), "the next day: reminded again");
        next.deactivate();
    }

    @Test
    void aSaveRaisesTheWarningAtOnceAndTheCriticalOneLaterTheSameDay() {
        EventWatch w = watch();
        withPublisher(w);
        LargeEvent far = stored(5, unassessed("庙会", now.plusDays(20)));
        assertEquals(1, w.check(far));
        assertEquals(0, w.check(far), "saved again the same day");
        LargeEvent moved = stored(5, unassessed("庙会", now.plusDays(2)));
        assertEquals(1, w.check(moved), "moved into the lead days: now critical");
        assertEquals(List.of(EventChecks.NO_ASSESSMENT + ":WARNING", EventChecks.NO_ASSESSMENT + ":CRITICAL"),
                published);
    }
}
