package org.safegrid.hazards.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.hazards.internal.testing.Fixture.ADMIN;
import static org.safegrid.hazards.internal.testing.Fixture.TODAY;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.hazards.api.HazardEvents;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.testing.Fixture;
import org.safegrid.hazards.internal.validation.FieldReader;

class OverdueJobTest {

    Fixture f;
    OverdueJob job;

    @BeforeEach
    void reset() throws Exception {
        f = Fixture.shared();
        job = Wiring.overdueJob(f.store, f.publisher, f.clock);
    }

    @AfterEach
    void stop() {
        Wiring.stop(job);
    }

    @Test
    void anOverdueHazardIsPublishedOnceWithATimelineEntry() throws Exception {
        long due = f.registry.report(Fixture.general(1, "消防通道堵塞", 0), ADMIN, "a").id();
        long later = f.registry.report(Fixture.general(2, "阀门锈蚀", 3), ADMIN, "a").id();
        long version = f.registry.get(due, ADMIN).orElseThrow().version();
        f.events.clear();

        assertEquals(0, job.run(), "a deadline of today is not overdue yet");
        f.clock.advance(Duration.ofDays(1));
        assertEquals(1, job.run());
        assertEquals(0, job.run(), "once per hazard");
        f.clock.advance(Duration.ofDays(1));
        assertEquals(0, job.run(), "still only once, a day later");

        assertEquals(List.of(HazardEvents.OVERDUE), f.events.topics());
        Event event = f.events.last();
        assertEquals(due, event.getProperty(HazardEvents.HAZARD_ID));
        assertEquals(OverdueJob.USER, event.getProperty(HazardEvents.USER));
        assertEquals("REPORTED", event.getProperty(HazardEvents.STATE));
        assertEquals(TODAY.toString(), event.getProperty("deadline"));

        var timeline = f.registry.timeline(f.registry.find(due, ADMIN).orElseThrow());
        assertEquals(HazardAction.MARK_OVERDUE, timeline.get(timeline.size() - 1).action());
        assertEquals(version, f.registry.get(due, ADMIN).orElseThrow().version(),
                "the job leaves the version alone, so that the user's next change is not stale");
        assertTrue(f.registry.get(due, ADMIN).orElseThrow().overdue());
        assertFalse(f.registry.get(later, ADMIN).orElseThrow().overdue());
    }

    @Test
    void closedHazardsAndThoseWithoutADeadlineAreNeverOverdue() throws Exception {
        FieldReader zh = new FieldReader(false);
        long closed = f.registry.report(Fixture.general(1, "灭火器过期", 0), ADMIN, "a").id();
        f.transitions.rectify(closed, null, null, ADMIN, "a", zh);
        f.transitions.submit(closed, null, "已更换", null, ADMIN, "a", zh);
        f.transitions.verify(closed, true, null, null, ADMIN, "b", zh);
        long major = f.registry.report(Fixture.major(1, "储罐泄漏"), ADMIN, "a").id();
        f.events.clear();
        f.clock.advance(Duration.ofDays(10));
        assertEquals(0, job.run());
        assertEquals(List.of(), f.events.topics());
        assertEquals(HazardState.CLOSED, f.registry.get(closed, ADMIN).orElseThrow().state());
        assertFalse(f.registry.get(major, ADMIN).orElseThrow().overdue());
    }

    @Test
    void everyOverdueHazardIsFoundBeyondOneBatch() throws Exception {
        int count = OverdueJob.BATCH + 5;
        for (int i = 0; i < count; i++) {
            f.registry.report(Fixture.general(1 + i % 5, "隐患 " + i, i % 3), ADMIN, "a");
        }
        f.events.clear();
        f.clock.advance(Duration.ofDays(5));
        assertEquals(count, job.run());
        assertEquals(count, f.events.posted.size());
        assertEquals(count, f.events.posted.stream().map(e -> e.getProperty(HazardEvents.HAZARD_ID)).distinct()
                .count());
        assertEquals(0, job.run());
    }

    @Test
    void aSecondJobOnAnotherNodeDoesNotPublishAgain() throws Exception {
        f.registry.report(Fixture.general(1, "消防通道堵塞", 0), ADMIN, "a");
        f.events.clear();
        f.clock.advance(Duration.ofDays(1));
        OverdueJob other = Wiring.overdueJob(f.store, f.publisher, f.clock);
        try {
            assertEquals(1, job.run() + other.run());
        } finally {
            Wiring.stop(other);
        }
        assertEquals(1, f.events.posted.size());
        assertEquals(1, f.unit.count("SELECT COUNT(*) FROM SG_HAZ_HAZARD WHERE OVERDUE_NOTIFIED = TRUE"));
    }
}
