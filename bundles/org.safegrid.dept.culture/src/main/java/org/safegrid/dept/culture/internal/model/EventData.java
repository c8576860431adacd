package org.safegrid.dept.culture.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A validated large event (大型群众性活动).
 *
 * @param organiserId the organiser as a registered enterprise, or null
 * @param organiserName the organiser's name when it is not registered (null otherwise)
 * @param capacity how many people the venue holds, or null when not known
 * @param assessed whether experts assessed the event's safety (measure 10)
 * @param result the assessment's result, null when not assessed
 * @param planFiled whether the organiser filed its emergency plan
 */
public record EventData(String name, Long organiserId, String organiserName, String venue, LocalDateTime startAt,
        LocalDateTime endAt, int attendance, Integer capacity, boolean assessed, LocalDate assessedOn, String assessor,
        AssessmentResult result, boolean planFiled, String contact, String contactPhone, boolean cancelled,
        String note) {

    /** Whether the event has a passing assessment (passed, or passed with conditions). */
    public boolean safelyAssessed() {
        return assessed && result != null && result != AssessmentResult.FAILED;
    }

    /** Whether more people are expected than the venue holds. */
    public boolean overCapacity() {
        return capacity != null && attendance > capacity;
    }
}
