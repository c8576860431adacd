package org.safegrid.dept.culture.internal.rest;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.Alert;
import org.safegrid.dept.culture.internal.dto.EventDto;
import org.safegrid.dept.culture.internal.model.EventData;
import org.safegrid.dept.culture.internal.model.LargeEvent;
import org.safegrid.dept.culture.internal.rules.EventChecks;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;

/** Large events as the API writes them, with the organiser's registered name and the event's open problems. */
final class EventViews {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final EnterpriseService enterprises;
    private final LocalDateTime now;
    private final int leadDays;
    private final Map<Long, String> names = new HashMap<>();

    EventViews(EnterpriseService enterprises, LocalDateTime now, int leadDays) {
        this.enterprises = enterprises;
        this.now = now;
        this.leadDays = leadDays;
    }

    EventDto toDto(LargeEvent event) {
        EventData d = event.data();
        String organiser = d.organiserId() == null
                ? d.organiserName()
                : names.computeIfAbsent(d.organiserId(),
                        id -> enterprises.get(id, DataScope.everything()).map(Enterprise::name).orElse("#" + id));
        List<String> problems = EventChecks.check(event, now, leadDays).stream().map(Alert::code).toList();
        return new EventDto(event.id(), d.name(), d.organiserId(), d.organiserName(), organiser, d.venue(),
                dateTime(d.startAt()), dateTime(d.endAt()), d.attendance(), d.capacity(), d.assessed(),
                d.assessedOn() == null ? null : d.assessedOn().toString(), d.assessor(),
                d.result() == null ? null : d.result().name(), d.planFiled(), d.contact(), d.contactPhone(),
                d.cancelled(), d.note(), problems, event.version(), event.createdBy(), dateTime(event.createdAt()),
                event.updatedBy(), dateTime(event.updatedAt()));
    }

    /** Always with seconds: 2026-11-28T08:30:00. */
    static String dateTime(LocalDateTime value) {
        return value == null ? null : DATE_TIME.format(value.withNano(0));
    }
}
