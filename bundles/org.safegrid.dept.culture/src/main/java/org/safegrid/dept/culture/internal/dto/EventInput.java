package org.safegrid.dept.culture.internal.dto;

/**
 * A large event as a client sends it to register or replace one. Date-times are ISO local date-times of the town,
 * {@code assessedOn} an ISO date; {@code version} is the version last read (required to replace).
 */
public record EventInput(String name, Long organiserId, String organiserName, String venue, String startAt,
        String endAt, Integer attendance, Integer capacity, Boolean assessed, String assessedOn, String assessor,
        String result, Boolean planFiled, String contact, String contactPhone, Boolean cancelled, String note,
        Long version) {
}
