package org.safegrid.hazards.internal.service;

import java.time.LocalDate;

import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.model.TimelineEntry;
import org.safegrid.hazards.internal.persistence.HazardEntity;
import org.safegrid.hazards.internal.persistence.TimelineEntity;

/** Turns stored rows into records; "overdue" is worked out against the town's date of today. */
final class HazardMapper {

    private HazardMapper() {
    }

    static HazardRecord toRecord(HazardEntity e, LocalDate today) {
        Hazard hazard = new Hazard(e.getId(), e.getEnterpriseId(), e.getEnterpriseName(), e.getDepartment(),
                e.getVillage(), e.getSource(), e.getSourceRef(), e.getDescription(), e.getLevel(), e.getState(),
                e.getDeadline(), e.getFixes(), overdue(e.getState(), e.getDeadline(), today), e.getReportedBy(),
                e.getReportedAt(), e.getVerifiedBy(), e.getVerifiedAt(), e.getClosedAt(), e.getVersion());
        return new HazardRecord(hazard, e.getSecondDepartment());
    }

    static TimelineEntry toEntry(TimelineEntity t) {
        return new TimelineEntry(t.getId(), t.getChangedAt(), t.getUser(), t.getAction(), t.getFromState(),
                t.getToState(), t.getNote(), t.getEvidence());
    }

    /** Overdue: not closed, and the deadline was before today (a deadline of today is not overdue yet). */
    static boolean overdue(HazardState state, LocalDate deadline, LocalDate today) {
        return state != HazardState.CLOSED && deadline != null && deadline.isBefore(today);
    }
}
