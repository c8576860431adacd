package org.safegrid.dept.culture.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.safegrid.dept.culture.internal.model.AssessmentResult;
import org.safegrid.dept.culture.internal.model.EventData;
import org.safegrid.dept.culture.internal.model.LargeEvent;

/** Hand-made large events for the tests. */
public final class Events {

    private Events() {
    }

    /** A 3-hour event for 2000 people in a 3000-seat venue, assessed and with its plan, unless changed. */
    public static EventData event(String name, LocalDateTime start) {
        return new EventData(name, null, "白市驿镇文化站", "白市驿广场", start, start.plusHours(3), 2000, 3000, true,
                start.toLocalDate().minusDays(10), "重庆安评中心", AssessmentResult.PASSED, true, "刘站长", "13812345678",
                false, null);
    }

    public static EventData unassessed(String name, LocalDateTime start) {
        EventData d = event(name, start);
        return new EventData(d.name(), null, d.organiserName(), d.venue(), d.startAt(), d.endAt(), d.attendance(),
                d.capacity(), false, null, null, null, d.planFiled(), d.contact(), d.contactPhone(), false, null);
    }

    public static EventData with(EventData d, int attendance, Integer capacity, boolean planFiled, boolean cancelled) {
        return new EventData(d.name(), d.organiserId(), d.organiserName(), d.venue(), d.startAt(), d.endAt(),
                attendance,
                capacity, d.assessed(), d.assessedOn(), d.assessor(), d.result(), planFiled, d.contact(),
                d.contactPhone(), cancelled, d.note());
    }

    public static EventData failed(EventData d) {
        return new EventData(d.name(), d.organiserId(), d.organiserName(), d.venue(), d.startAt(), d.endAt(),
                d.attendance(), d.capacity(), true, d.assessedOn() == null ? LocalDate.of(2026, 11, 1) : d.assessedOn(),
                "专家组", AssessmentResult.FAILED, d.planFiled(), d.contact(), d.contactPhone(), d.cancelled(), d.note());
    }

    public static LargeEvent stored(long id, EventData d) {
        return new LargeEvent(id, d, 0, "cul1", LocalDateTime.of(2026, 11, 1, 9, 0), null, null);
    }
}
